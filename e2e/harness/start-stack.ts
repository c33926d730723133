import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CMS_DIR, freePort, NEXT_BIN, start, STRAPI_BIN, waitFor, WEB_DIR } from '@masthead/test-kit';
import { cmsEnv, PREVIEW_TOKEN, REVALIDATE_SECRET } from './stack';

/**
 * Starts the production stack the browser tests read: a CMS (`strapi start`) seeded with the sample publication,
 * then the website built against it (`next build`) and served by `next start`. URLs go to the tests through env.
 */
export default async function startStack(): Promise<void> {
  const cmsPort = await freePort();
  const webPort = await freePort();
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const databaseFile = path.join(tmpdir(), `masthead-web-test-${randomBytes(4).toString('hex')}.db`);
  const cms = start(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env: cmsEnv(cmsPort, databaseFile, webUrl) });
  await waitFor(`${cmsUrl}/api/sections`, { child: cms, timeoutMs: 180_000 });

  const webEnv = {
    ...process.env,
    NODE_ENV: 'production' as const,
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
    REVALIDATE_SECRET,
    CMS_PREVIEW_TOKEN: PREVIEW_TOKEN,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: WEB_DIR, env: webEnv, stdio: 'inherit' });
  const web = start(process.execPath, [NEXT_BIN, 'start', '--port', String(webPort), '--hostname', '127.0.0.1'], {
    cwd: WEB_DIR,
    env: webEnv,
  });
  await waitFor(webUrl, { child: web, timeoutMs: 60_000 });

  process.env.MASTHEAD_TEST_CMS_URL = cmsUrl;
  process.env.MASTHEAD_TEST_WEB_URL = webUrl;
  process.env.MASTHEAD_TEST_REVALIDATE_SECRET = REVALIDATE_SECRET;
  Object.assign(globalThis, { __mastheadStack: { cms, web, databaseFile } });
}
