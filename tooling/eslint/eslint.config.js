import { base, commonJs } from './index.js';

// The package is `"type": "module"`: only .cjs files are CommonJS.
export default [...base, ...commonJs(['**/*.cjs'])];
