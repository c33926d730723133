// A relative import, not a dependency: @masthead/eslint-config's own tests use this preset, and a package cycle
// would break turbo's graph.
import { base, commonJs } from '../../tooling/eslint/index.js';

export default [...base, ...commonJs()];
