// The production CMS (`strapi start`, from apps/cms/dist) as the benchmarks run it.
import { openSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { throwawayCmsSecrets } from '@masthead/jest-config/cms-secrets';
import { freePort } from '@masthead/jest-config/free-port';
import { startDetached, waitFor } from './processes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Starts the CMS on a free port with throwaway secrets and `env` (its database, seed, website…) over quiet
 * production defaults, and resolves once it answers. `CMS_LOG=<file>` keeps its errors, for when a run dies.
 */
export async function startProductionCms(env) {
  const port = await freePort();
  const server = startDetached(process.execPath, [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: path.join(ROOT, 'apps', 'cms'),
    stdio: ['ignore', 'ignore', process.env.CMS_LOG ? openSync(process.env.CMS_LOG, 'a') : 'ignore'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...throwawayCmsSecrets(),
      LOG_LEVEL: 'warn',
      STRAPI_TELEMETRY_DISABLED: 'true',
      // A benchmark's load comes from one address: the rate limit would measure itself. A bench that wants it sets it.
      MASTHEAD_RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/api/sections`, 180_000);
  } catch (error) {
    server.stop();
    throw error;
  }
  return { url, stop: server.stop };
}
