// The production CMS (`strapi start`, from apps/cms/dist) as the benchmarks run it.
import { openSync } from 'node:fs';
import { CMS_DIR, freePort, productionCmsEnv, startDetached, STRAPI_BIN, waitFor } from '@masthead/test-kit';

/**
 * Starts the CMS on a free port with throwaway secrets and `env` (its database, seed, website…) over quiet
 * production defaults, and resolves once it answers. `CMS_LOG=<file>` keeps its errors, for when a run dies.
 */
export async function startProductionCms(env) {
  const port = await freePort();
  const server = startDetached(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    stdio: ['ignore', 'ignore', process.env.CMS_LOG ? openSync(process.env.CMS_LOG, 'a') : 'ignore'],
    env: {
      ...productionCmsEnv(port),
      // A benchmark's load comes from one address: the rate limit would measure itself. A bench that wants it sets it.
      MASTHEAD_RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/api/sections`, { timeoutMs: 180_000 });
  } catch (error) {
    server.stop();
    throw error;
  }
  return { url, stop: server.stop };
}
