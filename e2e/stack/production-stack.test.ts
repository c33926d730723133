import { type ChildProcess, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@masthead/client';
import { loopbackAliases } from '@masthead/client/loopback';
import {
  CMS_DIR,
  createAdminApi,
  freePort,
  NEXT_BIN,
  REPO_ROOT,
  start,
  STRAPI_BIN,
  throwawayCmsSecrets,
  waitFor,
  WEB_DIR,
} from '@masthead/test-kit';
import { composeEnvironment, interpolate } from './compose';

/**
 * The production stack of docker-compose.yml, run natively (no Docker engine here): the CMS on PostgreSQL, the
 * website's production build and nginx with deploy/nginx/masthead.conf in front, each started with the
 * environment the compose file declares. Only the network differs: services reach each other on 127.0.0.1 ports
 * instead of `cms:1337` and `web:3000`, and PostgreSQL and Redis are the machine's own.
 */
const COMPOSE_FILE = path.join(REPO_ROOT, 'docker-compose.yml');
const POSTGRES = { host: '127.0.0.1', port: 5432, user: 'postgres' };
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const work = mkdtempSync(path.join(tmpdir(), 'masthead-stack-'));
const database = `masthead_stack_${process.pid}_${randomBytes(3).toString('hex')}`;
const admin = { email: 'editor@stack.masthead.test', password: `Stack-${randomBytes(6).toString('hex')}1a` };
let urls: { cms: string; web: string; site: string };
let cmsEnv: NodeJS.ProcessEnv;
let webEnv: NodeJS.ProcessEnv;
let cms: ChildProcess | undefined;
let web: ChildProcess | undefined;
let nginx: ChildProcess | undefined;

const psql = (sql: string) =>
  execFileSync('psql', ['-h', POSTGRES.host, '-p', String(POSTGRES.port), '-U', POSTGRES.user, '-d', 'postgres', '-qc', sql]);

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function startCms(): Promise<void> {
  cms = start(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env: cmsEnv });
  await waitFor(`${urls.cms}/api/sections`, { child: cms, timeoutMs: 180_000 });
}

async function startWeb(): Promise<void> {
  const port = new URL(urls.web).port;
  web = start(process.execPath, [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', port], { cwd: WEB_DIR, env: webEnv });
  await waitFor(urls.web, { child: web, timeoutMs: 60_000 });
}

/** nginx with the repository's site config, rendered as the nginx image renders its templates. */
async function startNginx(webPort: number, nginxPort: number): Promise<void> {
  const declared = composeEnvironment(COMPOSE_FILE, 'nginx', {});
  expect(declared.WEB_UPSTREAM).toBe('web:3000');
  const pages = path.join(work, 'pages');
  const cache = path.join(work, 'cache');
  mkdirSync(pages);
  mkdirSync(cache);
  copyFileSync(path.join(REPO_ROOT, 'deploy', 'nginx', '503.html'), path.join(pages, '503.html'));
  // nginx's workers drop root and must read the pages and write the cache.
  for (const dir of [work, pages, cache]) chmodSync(dir, 0o777);
  const site = interpolate(readFileSync(path.join(REPO_ROOT, 'deploy', 'nginx', 'masthead.conf'), 'utf8'), {
    ...declared,
    WEB_UPSTREAM: `127.0.0.1:${webPort}`,
    NGINX_PORT: String(nginxPort),
    NGINX_CACHE_DIR: cache,
    NGINX_PAGES_DIR: pages,
  });
  writeFileSync(path.join(work, 'site.conf'), site);
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\n` +
      `events { worker_connections 1024; }\nhttp { access_log off; include ${work}/site.conf; }\n`,
  );
  nginx = start('nginx', ['-c', path.join(work, 'nginx.conf'), '-p', work], { cwd: work, env: process.env });
  await waitFor(urls.site, { child: nginx, timeoutMs: 30_000 });
}

beforeAll(async () => {
  const [cmsPort, webPort, nginxPort] = [await freePort(), await freePort(), await freePort()];
  urls = { cms: `http://127.0.0.1:${cmsPort}`, web: `http://127.0.0.1:${webPort}`, site: `http://127.0.0.1:${nginxPort}` };
  // The .env an operator writes from .env.example.
  const vars = {
    ...throwawayCmsSecrets(),
    POSTGRES_PASSWORD: 'not-used-here',
    SITE_URL: urls.site,
    CMS_PUBLIC_URL: urls.cms,
    MASTHEAD_ADMIN_EMAIL: admin.email,
    MASTHEAD_ADMIN_PASSWORD: admin.password,
    MASTHEAD_SEED_SAMPLE: 'true',
    REVALIDATE_SECRET: randomBytes(24).toString('hex'),
    PREVIEW_TOKEN: randomBytes(24).toString('hex'),
  };
  const onThisMachine = (env: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(env).map(([name, value]) => [
        name,
        value.replace('http://cms:1337', urls.cms).replace('http://web:3000', urls.web).replace('redis://redis:6379', REDIS_URL),
      ]),
    );

  psql(`CREATE DATABASE ${database}`);
  const databaseUrl = `postgres://${POSTGRES.user}@${POSTGRES.host}:${POSTGRES.port}/${database}`;
  const cmsDeclared = composeEnvironment(COMPOSE_FILE, 'cms', vars);
  expect(cmsDeclared.DATABASE_URL).toMatch(/^postgres:\/\/masthead:.+@postgres:5432\/masthead$/);
  cmsEnv = {
    ...process.env,
    ...onThisMachine(cmsDeclared),
    HOST: '127.0.0.1',
    PORT: String(cmsPort),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
  };
  webEnv = { ...process.env, ...onThisMachine(composeEnvironment(COMPOSE_FILE, 'web', vars)), NEXT_DIST_DIR: '.next-stack' };

  await startCms();
  execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: WEB_DIR, env: webEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  await startWeb();
  await startNginx(webPort, nginxPort);
}, 600_000);

afterAll(async () => {
  await Promise.all([stop(nginx), stop(web), stop(cms)]);
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
  rmSync(path.join(WEB_DIR, '.next-stack'), { recursive: true, force: true });
});

const cmsClient = () => createClient({ baseUrl: urls.cms });
const throughNginx = (pathname: string) => fetch(`${urls.site}${pathname}`, { redirect: 'manual' });

const adminFetch = createAdminApi(() => urls.cms, admin);

/** Polls until `check` holds or `timeoutMs` passes; returns the last value seen. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await sleep(250);
    value = await read();
  }
  return value;
}

describe('the production stack (docker-compose.yml, run natively)', () => {
  it('serves the site through nginx, from its micro-cache on a second read, with the site’s security headers', async () => {
    expect((await throughNginx('/')).status).toBe(200);
    const again = await throughNginx('/');
    expect(again.status).toBe(200);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${loopbackAliases(urls.cms).join(' ')};`);
  });

  it('answers the CMS’s repeated public reads from the response cache in Redis', async () => {
    // A query the website never makes, so the first read is a miss.
    const read = () => fetch(`${urls.cms}/api/sections?sort[0]=name:asc&pagination[pageSize]=7`);
    const [first, second] = [await read(), await read()];
    expect(first.headers.get('x-masthead-cache')).toBe('MISS');
    expect(second.headers.get('x-masthead-cache')).toBe('HIT');
    expect(await second.text()).toBe(await first.text());
  });

  it('never caches what the site marks private, nor anything under /api', async () => {
    const revalidate = await fetch(`${urls.site}/api/revalidate`, { method: 'POST', body: '{}' });
    expect(revalidate.status).toBe(401);
    expect(revalidate.headers.get('x-cache')).toBeNull();
  });

  it('shows an editor’s publish to readers through nginx within seconds', async () => {
    const article = (await cmsClient().getLatestIssue())!.articles[0];
    expect((await throughNginx(`/articles/${article.slug}`)).status).toBe(200);
    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { title: `${article.title} (stack edit)` } });
    const published = Date.now();
    await adminFetch(`${base}/actions/publish`, { method: 'POST' });
    const page = await eventually(
      async () => (await throughNginx(`/articles/${article.slug}`)).text(),
      (html) => html.includes('(stack edit)'),
      15_000,
    );
    expect(page).toContain('(stack edit)');
    expect(Date.now() - published).toBeLessThan(15_000);
  }, 60_000);

  it('keeps serving pages while the CMS hangs or is down, answers a page it never rendered with a friendly 503, and recovers', async () => {
    const issue = (await cmsClient().getLatestIssue())!;
    const [seen, unseen] = [issue.articles[1], issue.articles[2]];
    expect((await throughNginx(`/articles/${seen.slug}`)).status).toBe(200);

    // A CMS that accepts connections and never answers: the client's timeout, not the reader, waits it out.
    cms!.kill('SIGSTOP');
    try {
      const started = Date.now();
      const cached = await throughNginx(`/articles/${seen.slug}`);
      expect([cached.status, Date.now() - started < 3000]).toEqual([200, true]);
      const never = await throughNginx(`/articles/${unseen.slug}`);
      expect(never.status).toBe(503);
      expect(never.headers.get('retry-after')).toBe('30');
      expect(await never.text()).toContain('This page is taking a break');
    } finally {
      cms!.kill('SIGCONT');
    }

    await stop(cms);
    // The site itself answers from its own cache.
    const whileDown = await fetch(`${urls.web}/articles/${seen.slug}`);
    expect(whileDown.status).toBe(200);
    expect(await whileDown.text()).toContain('<h1');

    await startCms();
    const recovered = await eventually(
      () => throughNginx(`/articles/${unseen.slug}`),
      (response) => response.status === 200,
      30_000,
    );
    expect(recovered.status).toBe(200);
    expect(await recovered.text()).toContain('<h1');
  }, 240_000);

  it('serves the last good copy of a page while the website is down, and recovers', async () => {
    const article = (await cmsClient().getLatestIssue())!.articles[3];
    expect((await throughNginx(`/articles/${article.slug}`)).status).toBe(200);
    await stop(web);
    await sleep(2500); // past the one-second micro-cache (nginx counts whole seconds)
    const stale = await throughNginx(`/articles/${article.slug}`);
    expect([stale.status, stale.headers.get('x-cache')]).toEqual([200, 'STALE']);
    const never = await throughNginx('/search?q=never-asked-before');
    expect(never.status).toBe(503);

    await startWeb();
    const back = await eventually(
      () => throughNginx('/search?q=never-asked-before'),
      (response) => response.status === 200,
      30_000,
    );
    expect(back.status).toBe(200);
  }, 120_000);
});
