import { base } from '@masthead/eslint-config';

// Benchmarks are plain ESM run by node; they read their settings from the environment on purpose.
export default [...base];
