import { getEnv } from '../src/env';

/** Strapi's default console logger at the level LOG_LEVEL asks for (tests run at "warn"). */
export default () => ({ level: getEnv().LOG_LEVEL });
