// The production CMS (`strapi start`, from apps/cms/dist) as the benchmarks run it.
import { openSync } from 'node:fs';
import { CMS_DIR, freePort, productionCmsEnv, startDetached, STRAPI_BIN, waitFor } from '@masthead/test-kit';

/**
 * Starts the CMS on a free port with throwaway secrets and `env` (its database, seed, website…) over quiet
 * production defaults, and resolves once it answers (within `timeoutMs`: a start that rebuilds a large search index
 * takes minutes). `CMS_LOG=<file>` keeps its output (errors at the benches' LOG_LEVEL), for when a run dies.
 */
export async function startProductionCms(env, { timeoutMs = 180_000 } = {}) {
  const port = await freePort();
  const server = startDetached(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    stdio: [
      'ignore',
      ...(process.env.CMS_LOG ? [openSync(process.env.CMS_LOG, 'a'), openSync(process.env.CMS_LOG, 'a')] : ['ignore', 'ignore']),
    ],
    env: {
      ...productionCmsEnv(port),
      // A benchmark's load comes from one address: the rate limit would measure itself. A bench that wants it sets it.
      MASTHEAD_RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    // With the child: a CMS that dies while starting fails the bench at once instead of after `timeoutMs`.
    await waitFor(`${url}/api/sections`, { timeoutMs, child: server.child });
  } catch (error) {
    server.stop();
    throw error;
  }
  return { url, stop: server.stop };
}
