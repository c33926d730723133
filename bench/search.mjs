#!/usr/bin/env node
// Search at archive scale: GET /api/search (through @masthead/client's searchArticles, first page of 10) against the
// floor — the raw full-text query for the same first page plus its count, on the same database — for a selective
// word, a common word, two words, a quoted phrase and a word that matches nothing; a slug lookup as the reference;
// 20 concurrent searchers' throughput; and what each start costs when it rebuilds the whole index. At 1,000, 10,000
// and 100,000 articles with realistic text (bench/lib/text.mjs), on SQLite and on PostgreSQL.
//
//   npm run bench:search
//
// The archive: bench/lib/archive.mjs, written in steps (1,000, then to 10,000, then to 100,000) with the search
// triggers dropped first, as a bulk load would: the next CMS start rebuilds the index, and that start is timed. The
// response cache is off. At each size the statements the endpoint runs (count, page, four facets, excerpts, "did
// you mean") are also timed one by one, as the built CMS's searchArticles issues them, to show where the time goes.
// Env: DATABASES (sqlite,postgres), SIZES (1000,10000,100000), LOOKUPS per query (60; fewer when a query's samples
// pass SECONDS_PER_QUERY, 20, with at least 10), CONCURRENCY (20), LOAD_SECONDS (15), LOAD_SIZES (10000,100000),
// PG_URL, SKIP_BUILD=1.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createClient } from '@masthead/client';
import { CMS_DIR, productionCmsEnv, REPO_ROOT } from '@masthead/test-kit';
import { dropSearchTriggers, prepareDatabase, random, startArchiveCms, writeArchive } from './lib/archive.mjs';
import { loadWithLatencies } from './lib/load.mjs';
import { phraseWords, queryWords, textWriter } from './lib/text.mjs';

const DATABASES = (process.env.DATABASES ?? 'sqlite,postgres').split(',');
const SIZES = (process.env.SIZES ?? '1000,10000,100000').split(',').map(Number);
const LOOKUPS = Number(process.env.LOOKUPS ?? 60);
const SECONDS_PER_QUERY = Number(process.env.SECONDS_PER_QUERY ?? 20);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 20);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 15);
const LOAD_SIZES = (process.env.LOAD_SIZES ?? '10000,100000').split(',').map(Number);
/** A start that rebuilds the index of 100,000 articles takes minutes. */
const START_TIMEOUT_MS = 40 * 60_000;

const { vocabulary } = textWriter();
const words = queryWords(vocabulary);
if (vocabulary.includes(words.noMatch)) throw new Error(`${words.noMatch} is in the vocabulary`);
/** The queries, as a reader types them. */
const QUERIES = [
  ['selective (a rare word)', words.selective],
  ['common (a word in most articles)', words.common],
  ['two words', words.twoWords.join(' ')],
  ['phrase (a quoted pair)', `"${phraseWords(vocabulary).join(' ')}"`],
  ['no match (with "did you mean")', words.noMatch],
];

/** The query in each engine's syntax, as the CMS writes it (apps/cms/src/search/query-language.ts). */
const fts5Query = (q) =>
  q.startsWith('"')
    ? `(${q})`
    : `(${q
        .split(' ')
        .map((word) => `"${word}"`)
        .join(' AND ')})`;

/** The floor: the first page of 10 by the engine's own rank, and the count, straight from the index. */
function floorQuery(knex, database) {
  if (database === 'sqlite')
    return async (q) => {
      const match = fts5Query(q);
      const [{ total }] = await knex.raw('SELECT count(*) AS total FROM masthead_search WHERE masthead_search MATCH ?', [match]);
      const page = await knex.raw(
        'SELECT rowid AS id, bm25(masthead_search, 10.0, 4.0, 1.0, 4.0, 4.0) AS score FROM masthead_search WHERE masthead_search MATCH ? ORDER BY score LIMIT 10',
        [match],
      );
      return { total: Number(total), page };
    };
  return async (q) => {
    const {
      rows: [{ total }],
    } = await knex.raw(
      `SELECT count(*) AS total FROM masthead_search s, websearch_to_tsquery('masthead_search', ?) query WHERE s.document @@ query`,
      [q],
    );
    const { rows: page } = await knex.raw(
      `SELECT s.article_id AS id, ts_rank_cd('{0.1, 0.1, 0.4, 1.0}', s.document, query, 32) AS relevance
       FROM masthead_search s, websearch_to_tsquery('masthead_search', ?) query WHERE s.document @@ query
       ORDER BY relevance DESC LIMIT 10`,
      [q],
    );
    return { total: Number(total), page };
  };
}

/** Median and 95th percentile in ms: a warm-up of 5, then up to `count` runs, fewer once the time budget is spent. */
async function timeEach(count, run) {
  for (let i = 0; i < 5; i += 1) await run(i);
  const times = [];
  const budget = Date.now() + SECONDS_PER_QUERY * 1000;
  for (let i = 0; i < count && (i < 10 || Date.now() < budget); i += 1) {
    const started = process.hrtime.bigint();
    await run(i);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.ceil(times.length * 0.95) - 1], samples: times.length };
}

async function measure(url, { knex }, database, size) {
  console.error(`Measuring ${database}, ${size} articles…`);
  const client = createClient({ baseUrl: url, timeoutMs: 120_000 });
  const floor = floorQuery(knex, database);
  const slugs = Array.from({ length: LOOKUPS + 5 }, () => `archive-story-${1 + Math.floor(random() * size)}`);
  const slug = await timeEach(LOOKUPS, (i) => client.getArticle(slugs[i]));
  console.error(`  slug lookup: p50 ${slug.p50.toFixed(1)} ms`);
  const rows = [];
  for (const [name, q] of QUERIES) {
    const { total } = await floor(q);
    const answer = await client.searchArticles({ query: q });
    if (answer.pagination.total !== total) throw new Error(`${q}: the API found ${answer.pagination.total}, the floor ${total}`);
    const api = await timeEach(LOOKUPS, () => client.searchArticles({ query: q }));
    const sql = await timeEach(LOOKUPS, () => floor(q));
    rows.push({ database, size, name, q, total, suggestion: answer.suggestion?.query ?? null, api, sql, slug });
    console.error(
      `  ${name} (${q}, ${total} matches): API p50 ${api.p50.toFixed(1)} ms (${api.samples} runs), floor p50 ${sql.p50.toFixed(1)} ms`,
    );
  }
  return rows;
}

/** 20 searchers at once, each going round the five queries, for LOAD_SECONDS. */
async function throughput(url, database, size) {
  console.error(`Loading ${database}, ${size} articles: ${CONCURRENCY} searchers for ${LOAD_SECONDS} s…`);
  const result = await loadWithLatencies({
    url,
    connections: CONCURRENCY,
    duration: LOAD_SECONDS,
    timeout: 60,
    requests: QUERIES.map(([, q]) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}` })),
  });
  console.error(`  ${result.rps.toFixed(1)} searches/s, p50 ${result.p50} ms, p95 ${result.p95} ms`);
  return { database, size, ...result };
}

/**
 * Waits for the searches the load left running to end: autocannon stops at its deadline, but the CMS (and
 * PostgreSQL) finish the requests already sent, which would otherwise be timed with the next measurement.
 */
async function settle(url, { knex }, database) {
  const deadline = Date.now() + 300_000;
  while (database === 'postgres' && Date.now() < deadline) {
    const { rows } = await knex.raw(
      `SELECT count(*) AS busy FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    if (Number(rows[0].busy) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await (await fetch(`${url}/api/sections`)).arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

/**
 * The built CMS's own searchArticles, run against the bench's connection with every statement timed alone (one at
 * a time, in the order it issues them), so the SQL is exactly the endpoint's. The document service's read of the
 * page's articles (populated relations) is left out: it is what the API costs beyond these statements.
 */
function loadSearchArticles() {
  const env = productionCmsEnv(0);
  for (const key of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'])
    process.env[key] ??= env[key];
  const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
  const { searchArticles } = requireFromCms('./dist/src/search/search-articles.js');
  const { parseSearchQuery } = requireFromCms('./dist/src/search/search-query.js');
  return { searchArticles, parseSearchQuery };
}

const link = (table, owner, target, targetTable) => ({
  type: 'relation',
  target: targetTable,
  joinTable: { name: table, joinColumn: { name: owner }, inverseJoinColumn: { name: target } },
});
const METADATA = {
  'api::article.article': {
    tableName: 'articles',
    attributes: {
      authors: link('articles_authors_lnk', 'article_id', 'author_id', 'authors'),
      section: link('articles_section_lnk', 'article_id', 'section_id', 'sections'),
      tags: link('articles_tags_lnk', 'article_id', 'tag_id', 'tags'),
      issue: link('articles_issue_lnk', 'article_id', 'issue_id', 'issues'),
    },
  },
  'api::issue.issue': { tableName: 'issues', attributes: { volume: link('issues_volume_lnk', 'issue_id', 'volume_id', 'volumes') } },
  ...Object.fromEntries(['authors', 'sections', 'tags', 'issues', 'volumes'].map((table) => [table, { tableName: table }])),
};

/** A name for each statement searchArticles runs, from its SQL. */
function statementName(sql, seen) {
  if (/GROUP BY s\.slug/.test(sql)) return 'facet: section';
  if (/GROUP BY p\.slug/.test(sql)) return 'facet: author';
  if (/GROUP BY v\.number/.test(sql)) return 'facet: volume';
  if (/GROUP BY/.test(sql)) return 'facet: year';
  if (/snippet\(|ts_headline/.test(sql)) return 'excerpts (page of 10)';
  if (/ORDER BY/.test(sql) && /LIMIT \? OFFSET \?/.test(sql)) return 'page (ranked, 10)';
  if (/^SELECT count\(\*\) AS total/.test(sql)) return seen.has('did you mean: similar words') ? 'did you mean: count' : 'count';
  if (/term >= \?|word % \?/.test(sql)) return 'did you mean: similar words';
  if (/^SET LOCAL/.test(sql)) return 'settings (SET LOCAL)';
  return 'did you mean: known words';
}

async function breakdown({ knex }, database, size, search) {
  console.error(`Timing each statement of the endpoint on ${database}, ${size} articles…`);
  const rows = [];
  for (const [name, q] of QUERIES) {
    let timings = new Map();
    let queue = Promise.resolve();
    /** Each statement on `runner` one at a time, timed under its name. */
    const timedRaw = (runner) => (sql, bindings) => {
      const run = queue.then(async () => {
        const started = process.hrtime.bigint();
        const result = await runner.raw(sql, bindings);
        const label = statementName(sql, timings);
        timings.set(label, [...(timings.get(label) ?? []), Number(process.hrtime.bigint() - started) / 1e6]);
        return result;
      });
      queue = run.catch(() => {});
      return run;
    };
    const strapi = {
      db: {
        dialect: { client: database === 'sqlite' ? 'sqlite' : 'postgres' },
        metadata: { get: (uid) => METADATA[uid] },
        connection: {
          raw: timedRaw(knex),
          // PostgreSQL's search runs in a transaction with its settings (src/search/search-articles.ts).
          transaction: (work) => knex.transaction((trx) => work({ raw: timedRaw(trx) })),
        },
      },
      documents: () => ({ findMany: async () => [] }),
    };
    const query = search.parseSearchQuery({ q });
    const runs = 7;
    const all = [];
    for (let i = 0; i < runs; i += 1) {
      if (i === 2) timings = new Map(); // two warm-up runs
      const started = process.hrtime.bigint();
      await search.searchArticles(strapi, query);
      if (i >= 2) all.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const statements = [...timings].map(([label, times]) => ({ label, ms: median(times) }));
    rows.push({ database, size, name, q, total: median(all), statements });
    console.error(`  ${name}: ${statements.map((s) => `${s.label} ${s.ms.toFixed(1)}`).join(', ')} ms`);
  }
  return rows;
}

const ms = (value) => `${value.toFixed(1)} ms`;

function printTables(rows, starts, loads, breakdowns) {
  console.log(
    '\n| database | articles | written in (triggers dropped) | CMS start rebuilding the index | CMS start, index intact |\n| --- | --- | --- | --- | --- |',
  );
  for (const start of starts)
    console.log(
      `| ${start.database} | ${start.size} | ${(start.writeMs / 1000).toFixed(0)} s | ${(start.rebuildMs / 1000).toFixed(1)} s | ${(start.startMs / 1000).toFixed(1)} s |`,
    );

  console.log(
    '\n| database | articles | query | matches | API p50 | API p95 | floor p50 | API / floor | API / slug lookup |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  let last = '';
  for (const row of rows) {
    const key = `${row.database} ${row.size}`;
    if (key !== last)
      console.log(
        `| ${row.database} | ${row.size} | slug lookup (the reference) | 1 | ${ms(row.slug.p50)} | ${ms(row.slug.p95)} | | | 1.0× |`,
      );
    last = key;
    console.log(
      `| ${row.database} | ${row.size} | ${row.name}: \`${row.q}\` | ${row.total}${row.suggestion ? ` (suggests \`${row.suggestion}\`)` : ''} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${ms(row.sql.p50)} | ${(row.api.p50 / row.sql.p50).toFixed(1)}× | ${(row.api.p50 / row.slug.p50).toFixed(1)}× |`,
    );
  }

  console.log('\n| database | query | API p50 at 10,000 | at 100,000 | growth |\n| --- | --- | --- | --- | --- |');
  for (const row of rows.filter((r) => r.size === 100_000)) {
    const before = rows.find((r) => r.database === row.database && r.size === 10_000 && r.name === row.name);
    if (before)
      console.log(
        `| ${row.database} | ${row.name} | ${ms(before.api.p50)} | ${ms(row.api.p50)} | ${(row.api.p50 / before.api.p50).toFixed(2)}× |`,
      );
  }

  console.log(
    `\n| database | articles | ${CONCURRENCY} searchers: searches/s | p50 | p95 | errors / non-2xx |\n| --- | --- | --- | --- | --- | --- |`,
  );
  for (const load of loads)
    console.log(
      `| ${load.database} | ${load.size} | ${load.rps.toFixed(1)} | ${ms(load.p50)} | ${ms(load.p95)} | ${load.errors} / ${load.non2xx} |`,
    );

  console.log(
    '\n| database | articles | query | statements (each alone, median of 5) | searchArticles in process (no document service) |\n| --- | --- | --- | --- | --- |',
  );
  for (const row of breakdowns)
    console.log(
      `| ${row.database} | ${row.size} | ${row.name} | ${row.statements.map((s) => `${s.label} ${s.ms.toFixed(1)}`).join(' · ')} | ${ms(row.total)} |`,
    );
}

async function main() {
  if (!process.env.SKIP_BUILD) {
    console.error('Building the CMS and the client…');
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@masthead/cms...'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const search = loadSearchArticles();
  const rows = [];
  const starts = [];
  const loads = [];
  const breakdowns = [];
  try {
    for (const database of DATABASES) {
      const setup = await prepareDatabase(database);
      if (!setup) continue;
      try {
        let written = 0;
        for (const size of SIZES) {
          const dropped = await dropSearchTriggers(setup);
          let started = Date.now();
          await writeArchive(setup, written, size, { text: 'realistic' });
          const writeMs = Date.now() - started;
          written = size;
          console.error(`Starting the CMS (${dropped} search triggers dropped: it rebuilds the index)…`);
          // The rebuild is one statement: past the CMS's PostgreSQL statement timeout (15 s by default) at 10,000
          // articles, so this start turns the timeout off; the CMS measured is a second start, with the defaults.
          started = Date.now();
          (await startArchiveCms(setup, { MASTHEAD_DATABASE_STATEMENT_TIMEOUT_MS: '0' }, { timeoutMs: START_TIMEOUT_MS })).stop();
          const rebuildMs = Date.now() - started;
          await new Promise((resolve) => setTimeout(resolve, 1000));
          started = Date.now();
          const cms = await startArchiveCms(setup);
          starts.push({ database, size, writeMs, rebuildMs, startMs: Date.now() - started });
          console.error(
            `  written in ${(writeMs / 1000).toFixed(0)} s; started in ${(rebuildMs / 1000).toFixed(1)} s (rebuilding), ${((Date.now() - started) / 1000).toFixed(1)} s (index intact)`,
          );
          try {
            // What autovacuum would soon do for the freshly filled index table.
            if (database === 'postgres') await setup.knex.raw('ANALYZE masthead_search');
            rows.push(...(await measure(cms.url, setup, database, size)));
            if (LOAD_SIZES.includes(size)) {
              loads.push(await throughput(cms.url, database, size));
              await settle(cms.url, setup, database);
            }
            breakdowns.push(...(await breakdown(setup, database, size, search)));
          } finally {
            cms.stop();
          }
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      } finally {
        await setup.cleanUp();
      }
    }
  } finally {
    printTables(rows, starts, loads, breakdowns);
  }
}

await main();
