#!/usr/bin/env node
// What the CMS's response cache buys: REST throughput for the article list (the website's `listArticles`, curated
// populate, page size 20, pages 1–5) on a 10,000-article archive, uncached and behind the cache in memory and in
// Redis, in one run on one database. Each variant is a fresh production CMS loaded by autocannon.
//
//   npm run bench:cms-cache
//
// Env: DATABASE (postgres; or sqlite), SIZE (10000), DURATION seconds per variant (20), CONNECTIONS (20),
// REDIS_URL (redis://127.0.0.1:6379/0), SKIP_BUILD=1.
import { execFileSync } from 'node:child_process';
import { createClient } from '@masthead/client';
import { REPO_ROOT } from '@masthead/test-kit';
import { prepareDatabase, startArchiveCms, writeArchive } from './lib/archive.mjs';
import { loadWithLatencies } from './lib/load.mjs';

const DATABASE = process.env.DATABASE ?? 'postgres';
const SIZE = Number(process.env.SIZE ?? 10_000);
const DURATION = Number(process.env.DURATION ?? 20);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const VARIANTS = [
  ['uncached', { MASTHEAD_RESPONSE_CACHE: 'off' }],
  ['cache in memory', { MASTHEAD_RESPONSE_CACHE: 'memory' }],
  ['cache in Redis', { MASTHEAD_RESPONSE_CACHE: 'redis', MASTHEAD_RESPONSE_CACHE_REDIS_URL: REDIS_URL }],
];

/** The exact requests the website's client makes for pages 1–5 of the article list. */
async function listRequests(url) {
  const paths = [];
  const recording = (input, init) => {
    const requested = new URL(input);
    paths.push(requested.pathname + requested.search);
    return fetch(input, init);
  };
  const client = createClient({ baseUrl: url, fetch: recording, timeoutMs: 60_000 });
  for (let page = 1; page <= 5; page += 1) await client.listArticles({ page, pageSize: 20 });
  return paths;
}

/** autocannon cycling through `paths`. */
function load(url, paths, duration = DURATION) {
  return loadWithLatencies({
    url,
    connections: CONNECTIONS,
    duration,
    requests: paths.map((requestPath) => ({ method: 'GET', path: requestPath })),
  });
}

async function main() {
  if (!process.env.SKIP_BUILD) {
    console.error('Building the CMS and the client…');
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@masthead/cms...'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const setup = await prepareDatabase(DATABASE);
  if (!setup) throw new Error(`No ${DATABASE} database to run on.`);
  const rows = [];
  try {
    await writeArchive(setup, 0, SIZE);
    for (const [name, env] of VARIANTS) {
      const cms = await startArchiveCms(setup, env);
      try {
        const paths = await listRequests(cms.url);
        // Warm-up: JIT, the database's caches, and for the cached variants the five answers themselves.
        await load(cms.url, paths, 5);
        const result = await load(cms.url, paths);
        rows.push({ name, ...result });
        console.error(`  ${name}: ${result.rps.toFixed(0)} requests/s, p95 ${result.p95} ms`);
      } finally {
        cms.stop();
      }
    }
  } finally {
    await setup.cleanUp();
  }
  const uncached = rows[0].rps;
  console.log(`\n${DATABASE}, ${SIZE} articles, listArticles pages 1–5 (page size 20), ${CONNECTIONS} connections, ${DURATION} s each\n`);
  console.log('| variant | requests/s | p50 | p95 | p99 | errors | × uncached |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} ms | ${row.p95} ms | ${row.p99} ms | ${row.errors + row.non2xx} | ${(row.rps / uncached).toFixed(1)}× |`,
    );
  }
}

await main();
