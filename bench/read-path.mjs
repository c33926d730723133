#!/usr/bin/env node
// The CMS read path at archive scale: what the REST API (through @masthead/client) costs per lookup, against the
// SQL floor (hand-written queries for the same data on the same database) and against the same API without
// Masthead's lookup indexes; at 1,000 and at 10,000 articles, on SQLite and on PostgreSQL.
//
//   npm run bench:read-path
//
// The archive: bench/lib/archive.mjs. The response cache is off: this measures what it saves.
// At the largest size it also times the public query contract: the slowest query shapes it accepts against a slug
// lookup, the validation's own cost per request, and 304 against 200 throughput.
// Env: DATABASES (sqlite,postgres), SIZES (1000,10000), LOOKUPS per endpoint (200), PG_URL, SKIP_BUILD=1.
import { execFileSync } from 'node:child_process';
import { createClient } from '@masthead/client';
import { MAX_IN_VALUES, publicCollections, validatePublicQuery } from '@masthead/client/contract';
import qs from 'qs';
import { REPO_ROOT } from '@masthead/test-kit';
import { prepareDatabase, random, startArchiveCms, TERMS, writeArchive } from './lib/archive.mjs';
import { loadWithLatencies } from './lib/load.mjs';

const DATABASES = (process.env.DATABASES ?? 'sqlite,postgres').split(',');
const SIZES = (process.env.SIZES ?? '1000,10000').split(',').map(Number);
const LOOKUPS = Number(process.env.LOOKUPS ?? 200);
/** Masthead's lookup indexes (apps/cms/src/api/*\/content-types/*\/schema.json), dropped for the "no indexes" runs. */
const LOOKUP_INDEXES = [
  'articles_slug_idx',
  'articles_first_published_idx',
  'articles_published_idx',
  'articles_updated_idx',
  'authors_slug_idx',
  'sources_slug_idx',
  'sections_slug_idx',
  'tags_slug_idx',
  'issues_number_idx',
  'issues_cover_date_idx',
  'volumes_number_idx',
];

/** Each endpoint through the client, then the same data by hand-written SQL, over the same random keys. */
async function measure(url, { knex }, database, size, variant) {
  console.error(`Measuring ${database}, ${size} articles, ${variant}…`);
  // Default retries: a keep-alive socket the CMS closed while the SQL floor ran (Node's 5 s keep-alive) is retried.
  const client = createClient({ baseUrl: url, timeoutMs: 60_000 });
  const articleId = async (slug) => (await knex('articles').select('id').where({ slug }).whereNotNull('published_at').first())?.id;
  const endpoints = [
    [
      'getArticle (by slug)',
      () => `archive-story-${1 + Math.floor(random() * size)}`,
      (slug) => client.getArticle(slug),
      async (slug) => articleRelations(knex, [await articleId(slug)]),
    ],
    [
      'getIssue',
      () => [1 + Math.floor(random() * TERMS.volumes), 1 + Math.floor(random() * 10)],
      ([volume, number]) => client.getIssue(volume, number),
      ([volume, number]) => issueFloor(knex, volume, number),
    ],
    [
      'listArticles (page of 20)',
      () => 1 + Math.floor(random() * 5),
      (page) => client.listArticles({ page, pageSize: 20 }),
      (page) => listFloor(knex, knex('articles as a'), page),
    ],
    [
      "an author's articles",
      () => `author-${1 + Math.floor(random() * TERMS.authors)}`,
      (slug) => client.listArticles({ author: slug, pageSize: 20 }),
      (slug) =>
        listFloor(
          knex,
          knex('articles as a').whereIn(
            'a.id',
            knex('articles_authors_lnk').select('article_id').whereIn('author_id', knex('authors').select('id').where({ slug })),
          ),
          1,
        ),
    ],
    [
      "a source's articles",
      () => `outlet-${1 + Math.floor(random() * TERMS.sources)}`,
      (slug) => client.listArticles({ source: slug, pageSize: 20 }),
      (slug) =>
        listFloor(
          knex,
          knex('articles as a').whereIn(
            'a.id',
            knex('articles_cmps')
              .select('entity_id')
              .where('field', 'citations')
              .whereIn(
                'cmp_id',
                knex('components_article_citations_source_lnk')
                  .select('citation_id')
                  .whereIn('source_id', knex('sources').select('id').where({ slug })),
              ),
          ),
          1,
        ),
    ],
  ];
  const rows = [];
  for (const [name, key, viaApi, viaSql] of endpoints) {
    const keys = Array.from({ length: LOOKUPS }, key);
    const api = await timeEach(keys, viaApi);
    const sql = await timeEach(keys, viaSql);
    rows.push({ database, size, variant, name, api, sql });
    console.error(`  ${name}: API p50 ${api.p50.toFixed(1)} ms, SQL floor p50 ${sql.p50.toFixed(1)} ms`);
  }
  return rows;
}

/** Median and 95th percentile in ms over the keys, after a warm-up on the first 50 (JIT, caches). */
async function timeEach(keys, run) {
  for (const key of keys.slice(0, 50)) await run(key);
  const times = [];
  for (const key of keys) {
    const started = process.hrtime.bigint();
    await run(key);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.ceil(times.length * 0.95) - 1] };
}

/** The relations the API returns with articles, read the way a hand-written data layer would: one query each. */
async function articleRelations(knex, ids) {
  if (ids.length === 0 || ids[0] === undefined) return [];
  return Promise.all([
    knex('articles').select('*').whereIn('id', ids),
    knex('authors as au')
      .join('articles_authors_lnk as l', 'l.author_id', 'au.id')
      .select('l.article_id', 'au.name', 'au.slug', 'au.role')
      .whereIn('l.article_id', ids)
      .orderBy('l.author_ord'),
    knex('issues as i')
      .join('articles_issue_lnk as l', 'l.issue_id', 'i.id')
      .leftJoin('issues_volume_lnk as iv', 'iv.issue_id', 'i.id')
      .leftJoin('volumes as v', 'v.id', 'iv.volume_id')
      .select('l.article_id', 'i.number', 'i.cover_date', 'v.number as volume')
      .whereIn('l.article_id', ids),
    knex('sections as s')
      .join('articles_section_lnk as l', 'l.section_id', 's.id')
      .select('l.article_id', 's.name', 's.slug')
      .whereIn('l.article_id', ids),
    knex('tags as t')
      .join('articles_tags_lnk as l', 'l.tag_id', 't.id')
      .select('l.article_id', 't.name', 't.slug')
      .whereIn('l.article_id', ids),
    knex('articles_cmps as ac')
      .join('components_article_citations as c', 'c.id', 'ac.cmp_id')
      .leftJoin('components_article_citations_source_lnk as cs', 'cs.citation_id', 'c.id')
      .leftJoin('sources as s', 's.id', 'cs.source_id')
      .select('ac.entity_id', 'c.url', 's.name', 's.slug')
      .whereIn('ac.entity_id', ids)
      .where('ac.field', 'citations')
      .orderBy('ac.order'),
  ]);
}

async function listFloor(knex, query, page) {
  const published = query.clone().whereNotNull('a.published_at');
  const [rows, [{ count }]] = await Promise.all([
    published
      .clone()
      .select('a.id')
      .orderBy('a.first_published_at', 'desc')
      .limit(20)
      .offset((page - 1) * 20),
    published.clone().count({ count: 'a.id' }),
  ]);
  return [
    count,
    await articleRelations(
      knex,
      rows.map((row) => row.id),
    ),
  ];
}

async function issueFloor(knex, volume, number) {
  const issue = await knex('issues as i')
    .join('issues_volume_lnk as iv', 'iv.issue_id', 'i.id')
    .join('volumes as v', 'v.id', 'iv.volume_id')
    .select('i.*')
    .where('i.number', number)
    .where('v.number', volume)
    .whereNotNull('i.published_at')
    .first();
  const articles = await knex('articles as a')
    .join('articles_issue_lnk as l', 'l.article_id', 'a.id')
    .select('a.id', 'a.title', 'a.slug', 'a.dek')
    .where('l.issue_id', issue.id)
    .whereNotNull('a.published_at')
    .orderBy('a.position');
  return knex('authors as au')
    .join('articles_authors_lnk as l', 'l.author_id', 'au.id')
    .select('l.article_id', 'au.name')
    .whereIn(
      'l.article_id',
      articles.map((article) => article.id),
    );
}

/**
 * The costliest shapes the public contract accepts (apps/cms public-query): the widest $in on a relation, every
 * article filter at once, a date range sorted by an unindexed attribute, deep pages. Each against the same
 * archive's slug lookup, as raw HTTP so that only the CMS is timed.
 */
/** The heaviest query of each kind the contract accepts: its largest `$in` lists and largest pages. */
const slowShapes = (size) => {
  const widest = (make) => Array.from({ length: MAX_IN_VALUES }, (_, index) => `[$in][${index}]=${make(index)}`);
  const articlePage = publicCollections.articles.maxPageSize;
  const issuePage = publicCollections.issues.maxPageSize;
  return [
    [
      'slug lookup (the reference)',
      () =>
        `/api/articles?filters[slug][$eq]=archive-story-${1 + Math.floor(random() * size)}&pagination[pageSize]=1&pagination[withCount]=false`,
    ],
    [
      `20 articles of ${MAX_IN_VALUES} authors ($in), newest first`,
      () =>
        `/api/articles?${widest((i) => `author-${1 + ((i * 7 + Math.floor(random() * 300)) % TERMS.authors)}`)
          .map((c) => `filters[authors][slug]${c}`)
          .join('&')}&pagination[pageSize]=20`,
    ],
    [
      `20 articles of ${MAX_IN_VALUES} sources ($in)`,
      () =>
        `/api/articles?${widest((i) => `outlet-${1 + (i % TERMS.sources)}`)
          .map((c) => `filters[citations][source][slug]${c}`)
          .join('&')}&pagination[pageSize]=20`,
    ],
    [
      '20 articles of a section + tag + volumes, by title',
      () =>
        `/api/articles?filters[section][slug][$eq]=section-${1 + Math.floor(random() * TERMS.sections)}&filters[tags][slug][$eq]=tag-${1 + Math.floor(random() * TERMS.tags)}&filters[issue][volume][number][$gte]=1&sort=title:asc&pagination[pageSize]=20`,
    ],
    [
      `${articlePage} articles updated in a range, by updatedAt`,
      () =>
        `/api/articles?filters[updatedAt][$gte]=2000-01-01T00:00:00Z&filters[updatedAt][$lt]=2100-01-01T00:00:00Z&sort=updatedAt:asc,documentId:asc&pagination[pageSize]=${articlePage}`,
    ],
    [
      `a page of ${articlePage} articles (bodies included) 40–50 % into the archive, newest first`,
      () =>
        `/api/articles?pagination[page]=${Math.floor((0.4 + random() / 10) * (size / articlePage)) + 1}&pagination[pageSize]=${articlePage}`,
    ],
    [
      `${issuePage} issues of ${MAX_IN_VALUES} volumes ($in), each with its table of contents`,
      () =>
        `/api/issues?${widest((i) => i + 1)
          .map((c) => `filters[volume][number]${c}`)
          .join('&')}&pagination[pageSize]=${issuePage}`,
    ],
  ];
};

/** fetch, once more when the CMS closed an idle keep-alive socket under it (Node's 5 s keep-alive timeout). */
async function fetchOnce(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fetch(url, init);
  }
}

async function measureContract(url, database, size) {
  console.error(`Measuring the contract's slowest shapes on ${database}, ${size} articles…`);
  const rows = [];
  for (const [name, make] of slowShapes(size)) {
    const keys = Array.from({ length: Math.min(LOOKUPS, 100) }, make);
    const timing = await timeEach(keys, async (path) => {
      const response = await fetchOnce(`${url}${path}`);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    });
    rows.push({ database, size, name, ...timing });
    console.error(`  ${name}: p50 ${timing.p50.toFixed(1)} ms`);
  }
  // Refused queries: each must be a 400 long before any accepted query would answer (the target is 100 ms).
  const hostile = [
    [
      'a 10-hop relation chain',
      () => `/api/articles?filters${Array.from({ length: 10 }, (_, hop) => (hop % 2 ? '[articles]' : '[authors]')).join('')}[title][$eq]=x`,
    ],
    [
      '$or of 24 branches through relations',
      () =>
        `/api/articles?${Array.from({ length: 24 }, (_, i) => `filters[$or][${i}][authors][articles][title][$startsWith]=${i}`).join('&')}`,
    ],
    ['a volume filtered by its issues', () => '/api/volumes?filters[issues][title][$startsWith]=S'],
  ];
  for (const [name, make] of hostile) {
    const timing = await timeEach(Array.from({ length: 100 }, make), async (refused) => {
      const response = await fetchOnce(`${url}${refused}`);
      if (response.status !== 400) throw new Error(`${refused} answered ${response.status}`);
      await response.arrayBuffer();
    });
    rows.push({ database, size, name: `refused: ${name}`, ...timing });
    console.error(`  refused ${name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  }
  const path = '/api/articles?pagination[pageSize]=20';
  const { headers } = await fetchOnce(`${url}${path}`);
  const throughput = {};
  for (const [label, extra] of [
    ['200', {}],
    ['304', { 'if-none-match': headers.get('etag') }],
  ]) {
    throughput[label] = await loadWithLatencies({ url: `${url}${path}`, connections: 10, duration: 10, headers: extra });
    console.error(`  ${label}: ${throughput[label].rps.toFixed(0)} requests/s`);
  }
  return { rows, throughput };
}

/** validatePublicQuery on parsed queries, in this process: what the contract adds to every request. */
function measureValidation() {
  const parse = (query) => qs.parse(query, { strictNullHandling: true, arrayLimit: 100, depth: 20 });
  const cases = [
    ['a slug lookup', 'articles', 'filters[slug][$eq]=night-buses&pagination[pageSize]=1&pagination[withCount]=false'],
    [
      'a client list (every filter)',
      'articles',
      'filters[section][slug][$eq]=s&filters[tags][slug][$eq]=t&filters[authors][slug][$eq]=a&filters[citations][source][slug][$eq]=b&filters[issue][number][$eq]=4&filters[issue][volume][number][$eq]=19&fields[0]=title&fields[1]=slug&fields[2]=dek&sort[0]=firstPublishedAt:desc&sort[1]=title:asc&pagination[page]=3&pagination[pageSize]=10',
    ],
    ['$in of 100 slugs', 'articles', Array.from({ length: 100 }, (_, i) => `filters[slug][$in][${i}]=archive-story-${i}`).join('&')],
  ];
  return cases.map(([name, collection, query]) => {
    const parsed = parse(query);
    const rounds = 20_000;
    for (let i = 0; i < 2000; i += 1) validatePublicQuery(publicCollections[collection], 'list', parsed);
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i += 1) validatePublicQuery(publicCollections[collection], 'list', parsed);
    return { name, microseconds: Number(process.hrtime.bigint() - started) / 1e3 / rounds };
  });
}

function printContract(contract, validation) {
  console.log('\n| database | articles | accepted query shape | p50 | p95 | × slug lookup |\n| --- | --- | --- | --- | --- | --- |');
  for (const { rows } of contract) {
    const reference = rows[0].p50;
    for (const row of rows)
      console.log(
        `| ${row.database} | ${row.size} | ${row.name} | ${row.p50.toFixed(1)} ms | ${row.p95.toFixed(1)} ms | ${(row.p50 / reference).toFixed(1)}× |`,
      );
  }
  console.log('\n| database | 200 requests/s | 304 requests/s | 304 / 200 |\n| --- | --- | --- | --- |');
  for (const { rows, throughput } of contract) {
    console.log(
      `| ${rows[0].database} | ${throughput['200'].rps.toFixed(0)} | ${throughput['304'].rps.toFixed(0)} | ${(throughput['304'].rps / throughput['200'].rps).toFixed(1)}× |`,
    );
  }
  console.log('\n| query | validation per request |\n| --- | --- |');
  for (const row of validation) console.log(`| ${row.name} | ${row.microseconds.toFixed(1)} µs |`);
}

function printTable(rows) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(
    '\n| database | articles | indexes | lookup | API p50 | API p95 | SQL floor p50 | API / floor |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const row of rows) {
    console.log(
      `| ${row.database} | ${row.size} | ${row.variant} | ${row.name} | ${ms(row.api.p50)} | ${ms(row.api.p95)} | ${ms(row.sql.p50)} | ${(row.api.p50 / row.sql.p50).toFixed(1)}× |`,
    );
  }
}

async function main() {
  if (!process.env.SKIP_BUILD) {
    console.error('Building the CMS and the client…');
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@masthead/cms...'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  const results = [];
  const contract = [];
  for (const database of DATABASES) {
    const setup = await prepareDatabase(database);
    if (!setup) continue;
    try {
      let written = 0;
      for (const size of SIZES) {
        await writeArchive(setup, written, size);
        written = size;
        const cms = await startArchiveCms(setup);
        try {
          results.push(...(await measure(cms.url, setup, database, size, 'indexed')));
          if (size === SIZES[SIZES.length - 1]) contract.push(await measureContract(cms.url, database, size));
        } finally {
          cms.stop();
        }
        if (size === SIZES[SIZES.length - 1]) {
          // Dropped while the CMS is down: its next start keeps them dropped (its stored schema is unchanged).
          await new Promise((resolve) => setTimeout(resolve, 1000));
          for (const name of LOOKUP_INDEXES) await setup.knex.raw(`DROP INDEX ${name}`);
          const unindexed = await startArchiveCms(setup);
          try {
            results.push(...(await measure(unindexed.url, setup, database, size, 'no lookup indexes')));
          } finally {
            unindexed.stop();
          }
        }
      }
    } finally {
      await setup.cleanUp();
    }
  }
  printTable(results);
  printContract(contract, measureValidation());
}

await main();
