#!/usr/bin/env node
// The production stack under load: the CMS on PostgreSQL with its response cache in Redis, the website's
// production build and nginx with deploy/nginx/masthead.conf in front, as docker-compose.yml runs them (natively:
// no Docker engine here). Two measurements in one run:
//  1. READERS readers for DURATION s across the home page, issues and articles through nginx, while an editor
//     publishes a retitled article every PUBLISH_EVERY s through the admin API: errors, latency percentiles, and
//     how long each publish took to show through nginx.
//  2. One article page through nginx's cache against the same nginx serving that page's HTML as a static file, in
//     alternating rounds (the ratio is the point; absolute figures depend on the machine).
//
//   npm run bench:load
//
// Env: READERS (200), DURATION (60), PUBLISH_EVERY (5), ROUNDS (3), ROUND_SECONDS (10), ROUND_CONNECTIONS (50),
// PG_URL, REDIS_URL, SKIP_BUILD=1 (reuse the CMS build; the website is always built, into apps/web/.next-load).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAdminApi, freePort, REPO_ROOT, startDetached, TEST_ADMIN, waitFor, WEB_DIR } from '@masthead/test-kit';
import { startProductionCms } from './lib/cms.mjs';
import { loadWithLatencies } from './lib/load.mjs';

const READERS = Number(process.env.READERS ?? 200);
const DURATION = Number(process.env.DURATION ?? 60);
const PUBLISH_EVERY = Number(process.env.PUBLISH_EVERY ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const ROUND_SECONDS = Number(process.env.ROUND_SECONDS ?? 10);
const ROUND_CONNECTIONS = Number(process.env.ROUND_CONNECTIONS ?? 50);
const PG_URL = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const DIST_DIR = '.next-load';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function psql(sql) {
  execFileSync('psql', [PG_URL, '-qc', sql], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The repository's nginx site, rendered as the nginx image renders its templates, plus a static server beside it. */
function writeNginxConfig(work, vars, staticPort) {
  const site = readFileSync(path.join(REPO_ROOT, 'deploy', 'nginx', 'masthead.conf'), 'utf8').replace(
    /\$\{(\w+)\}/g,
    (match, name) => vars[name] ?? match,
  );
  writeFileSync(path.join(work, 'site.conf'), site);
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off;\nworker_processes auto;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log warn;\n` +
      `events { worker_connections 4096; }\nhttp {\n  access_log off;\n  include ${work}/site.conf;\n` +
      `  server { listen 127.0.0.1:${staticPort}; location / { default_type text/html; root ${work}/static; try_files /article.html =404; } }\n}\n`,
  );
}

/** Every PUBLISH_EVERY s, retitles and publishes the next article, and times until nginx shows the new title. */
async function editor(cmsUrl, siteUrl, articles, until) {
  const adminFetch = createAdminApi(cmsUrl, TEST_ADMIN);
  const publishes = [];
  for (let n = 1; Date.now() + PUBLISH_EVERY * 1000 <= until; n += 1) {
    const started = Date.now();
    const article = articles[n % articles.length];
    const title = `${article.title} (edition ${n})`;
    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { title } });
    await adminFetch(`${base}/actions/publish`, { method: 'POST' });
    const published = Date.now();
    let visibleAfter = null;
    while (Date.now() - published < PUBLISH_EVERY * 1000 - 200) {
      const html = await (await fetch(`${siteUrl}/articles/${article.slug}`)).text();
      if (html.includes(`(edition ${n})`)) {
        visibleAfter = Date.now() - published;
        break;
      }
      await sleep(100);
    }
    publishes.push({ visibleAfter });
    await sleep(Math.max(0, started + PUBLISH_EVERY * 1000 - Date.now()));
  }
  return publishes;
}

async function main() {
  if (!process.env.SKIP_BUILD) {
    console.error('Building the CMS and the client…');
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@masthead/cms...'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const database = `masthead_bench_load_${process.pid}`;
  const work = mkdtempSync(path.join(tmpdir(), 'masthead-load-'));
  const [webPort, sitePort, staticPort] = [await freePort(), await freePort(), await freePort()];
  const [webUrl, siteUrl, staticUrl] = [webPort, sitePort, staticPort].map((port) => `http://127.0.0.1:${port}`);
  const secret = randomBytes(24).toString('hex');
  const stops = [];
  psql(`CREATE DATABASE ${database}`);
  try {
    const databaseUrl = new URL(PG_URL);
    databaseUrl.pathname = `/${database}`;
    console.error('Starting the CMS on PostgreSQL with the sample publication…');
    const cms = await startProductionCms({
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: databaseUrl.toString(),
      MASTHEAD_SEED_SAMPLE: 'true',
      MASTHEAD_RESPONSE_CACHE: 'redis',
      MASTHEAD_RESPONSE_CACHE_REDIS_URL: REDIS_URL,
      MASTHEAD_WEB_URL: webUrl,
      MASTHEAD_REVALIDATE_SECRET: secret,
    });
    stops.push(cms.stop);

    const webEnv = {
      ...process.env,
      NODE_ENV: 'production',
      CMS_URL: cms.url,
      SITE_URL: siteUrl,
      REVALIDATE_SECRET: secret,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
    };
    console.error('Building the website…');
    execFileSync('npx', ['next', 'build'], { cwd: WEB_DIR, env: webEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    const web = startDetached('npx', ['next', 'start', '--port', String(webPort), '--hostname', '127.0.0.1'], {
      cwd: WEB_DIR,
      env: webEnv,
    });
    stops.push(web.stop);
    await waitFor(webUrl);

    for (const dir of ['cache', 'pages', 'static']) mkdirSync(path.join(work, dir));
    copyFileSync(path.join(REPO_ROOT, 'deploy', 'nginx', '503.html'), path.join(work, 'pages', '503.html'));
    const articles = (
      await (
        await fetch(`${cms.url}/api/articles?fields[0]=title&fields[1]=slug&pagination[pageSize]=8&sort[0]=firstPublishedAt:desc`)
      ).json()
    ).data;
    const issues = (await (await fetch(`${cms.url}/api/issues?pagination[pageSize]=3&sort[0]=coverDate:desc`)).json()).data;
    const sample = articles[articles.length - 1];
    writeFileSync(path.join(work, 'static', 'article.html'), await (await fetch(`${webUrl}/articles/${sample.slug}`)).text());
    // nginx's workers drop root: they must read the pages and write the cache.
    for (const dir of [work, ...['cache', 'pages', 'static'].map((name) => path.join(work, name))]) chmodSync(dir, 0o777);
    writeNginxConfig(
      work,
      {
        WEB_UPSTREAM: `127.0.0.1:${webPort}`,
        NGINX_PORT: String(sitePort),
        NGINX_CACHE_DIR: path.join(work, 'cache'),
        NGINX_PAGES_DIR: path.join(work, 'pages'),
      },
      staticPort,
    );
    const nginx = startDetached('nginx', ['-c', path.join(work, 'nginx.conf'), '-p', work], { cwd: work });
    stops.push(nginx.stop);
    await waitFor(siteUrl);

    const pages = [
      '/',
      '/volumes',
      ...issues.map((issue) => `/volumes/${issue.volume.number}/issues/${issue.number}`),
      ...articles.map((article) => `/articles/${article.slug}`),
    ];
    for (const page of pages) await fetch(`${siteUrl}${page}`); // every page rendered once before the readers come

    console.error(`${READERS} readers for ${DURATION} s over ${pages.length} pages, a publish every ${PUBLISH_EVERY} s…`);
    const until = Date.now() + DURATION * 1000;
    const [readers, publishes] = await Promise.all([
      loadWithLatencies({
        url: siteUrl,
        connections: READERS,
        duration: DURATION,
        requests: pages.map((page) => ({ method: 'GET', path: page })),
      }),
      editor(cms.url, siteUrl, articles.slice(0, -1), until), // the static comparison's article stays as saved
    ]);

    const articlePath = `/articles/${sample.slug}`;
    const size = readFileSync(path.join(work, 'static', 'article.html')).length;
    console.error(
      `Article page (${(size / 1024).toFixed(1)} KiB) through nginx's cache vs nginx's static file, ${ROUNDS} rounds of ${ROUND_SECONDS} s…`,
    );
    const rounds = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const [name, url] of [
        ['nginx cache → next', `${siteUrl}${articlePath}`],
        ['nginx static file', `${staticUrl}${articlePath}`],
      ]) {
        rounds.push({ round, name, ...(await loadWithLatencies({ url, connections: ROUND_CONNECTIONS, duration: ROUND_SECONDS })) });
      }
    }

    const visible = publishes
      .map((publish) => publish.visibleAfter)
      .filter((ms) => ms !== null)
      .sort((a, b) => a - b);
    console.log(`\n### ${READERS} readers for ${DURATION} s, a publish every ${PUBLISH_EVERY} s\n`);
    console.log('| requests | requests/s | errors | non-2xx | p50 | p95 | p99 | max |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
    console.log(
      `| ${readers.requests} | ${readers.rps.toFixed(0)} | ${readers.errors} | ${readers.non2xx} | ${readers.p50} ms | ${readers.p95} ms | ${readers.p99} ms | ${readers.max} ms |`,
    );
    console.log(
      `\nPublishes: ${publishes.length}; shown through nginx ${visible.length} of ${publishes.length}` +
        (visible.length ? `, after ${visible[Math.floor(visible.length / 2)]} ms (median), ${visible[visible.length - 1]} ms (max)` : ''),
    );
    console.log(`\n### Article page (${(size / 1024).toFixed(1)} KiB): nginx cache vs static file, ${ROUND_CONNECTIONS} connections\n`);
    console.log('| round | server | requests/s | p50 | p99 | errors |\n| --- | --- | --- | --- | --- | --- |');
    for (const row of rounds)
      console.log(`| ${row.round} | ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} ms | ${row.p99} ms | ${row.errors + row.non2xx} |`);
    const mean = (name) => rounds.filter((row) => row.name === name).reduce((sum, row) => sum + row.rps, 0) / ROUNDS;
    console.log(`\nnginx cache / static file: ${(mean('nginx cache → next') / mean('nginx static file')).toFixed(2)}`);
  } finally {
    for (const stop of stops.reverse()) stop();
    await sleep(1000);
    psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
    rmSync(path.join(WEB_DIR, DIST_DIR), { recursive: true, force: true });
  }
}

await main();
