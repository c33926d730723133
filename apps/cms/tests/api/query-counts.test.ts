import { createClient, type MastheadClient } from '@masthead/client';
import { publicCollections, type CollectionContract } from '@masthead/client/contract';
import { useCms } from '../harness/cms';
import { maxPageSize } from '../harness/page-size';
import { sample } from '../harness/sample-facts';

/**
 * The SQL each public read costs, as Ghost's API tests guard it: every read the website and other apps make through
 * @masthead/client runs a fixed number of queries — not one more per article on the page, per author, per source —
 * and a change that adds queries fails here with the list of them.
 */
let client: MastheadClient;
let queries: string[] = [];

// Nothing else may query meanwhile: not our scheduler, nor the upload plugin's weekly metrics job, which Strapi
// runs 15 s after a fresh database's first start.
const cms = useCms({ listen: true, scheduler: false, responseCache: 'off' });

beforeAll(async () => {
  cms.strapi.cron.remove('uploadWeekly');
  // The sample moves no slug, so it has no redirect of its own.
  await cms.strapi.documents('api::redirect.redirect').create({ data: { from: '/articles/old-slug', to: '/articles/new-slug' } });
  (cms.strapi.db.connection as unknown as NodeJS.EventEmitter).on('query', (query: { sql: string }) => queries.push(query.sql));
  client = createClient({ baseUrl: `http://127.0.0.1:${cms.strapi.config.get('server.port')}`, retries: 0 });
}, 180_000);

/** Transaction control: not a query for data (Strapi wraps each document read in a transaction). */
const TRANSACTION_CONTROL = /^(?:BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)\b/i;

/** The SQL one read ran (reads run one at a time here, and nothing else touches the database meanwhile). */
async function sqlOf(read: () => Promise<unknown>): Promise<string[]> {
  queries = [];
  await read();
  return queries.filter((sql) => !TRANSACTION_CONTROL.test(sql.trim()));
}

const latest = () => [...sample.liveIssues].sort((a, b) => b.coverDate.localeCompare(a.coverDate))[0];
const firstLive = () => sample.liveArticles[0];

/**
 * On SQLite a relation filter first probes, one bounded query per hop and one for its far end, whether its id set
 * is small (src/public-api/relation-subqueries.ts); PostgreSQL always takes the set and skips the probe.
 */
const sqliteProbes = (queries: number) => (process.env.MASTHEAD_TEST_DATABASE === 'postgres' ? 0 : queries);
/** On PostgreSQL a search first sets its transaction to use the GIN index (src/search/full-text/postgres-index.ts). */
const postgresSettings = (queries: number) => (process.env.MASTHEAD_TEST_DATABASE === 'postgres' ? queries : 0);

/**
 * What each read costs today. Raise a number only with a reason; lower it when a change saves queries. Each request
 * starts with one read of the cache version, which gives its ETag (and, with the response cache on, its key).
 */
const BUDGET: Array<[string, () => Promise<unknown>, number]> = [
  ['getArticle', () => client.getArticle(firstLive().slug), 13],
  ['listArticles (20, curated populate)', () => client.listArticles({ pageSize: 20 }), 14],
  ['getIssue', () => client.getIssue(latest().volume, latest().number), 11 + sqliteProbes(2)],
  ['getLatestIssue', () => client.getLatestIssue(), 11],
  ['listVolumes', () => client.listVolumes(), 7],
  ['getAuthor (with their articles)', () => client.getAuthor(firstLive().authors[0], { pageSize: 10 }), 18 + sqliteProbes(2)], // two requests
  ['listSections', () => client.listSections(), 4],
  ['searchArticles', () => client.searchArticles({ query: 'school' }), 19 + postgresSettings(1)], // open to every caller: no permission lookup; count, page, four facets, marks
];

describe('SQL queries per public read', () => {
  it.each(BUDGET)('%s runs its budgeted number of queries', async (_, read, budget) => {
    const sql = await sqlOf(read);
    if (sql.length !== budget) {
      throw new Error(`expected ${budget} queries, ran ${sql.length}:\n${sql.map((line, index) => `${index + 1}. ${line}`).join('\n')}`);
    }
  });

  it('costs the same for a page of 2 articles and a page of 20 (no query per article)', async () => {
    const few = await sqlOf(() => client.listArticles({ pageSize: 2 }));
    const many = await sqlOf(() => client.listArticles({ pageSize: 20 }));
    expect(many.length).toBe(few.length);
  });

  it('costs the same for articles with one author and source and with several (no query per relation)', async () => {
    const byRelations = [...sample.liveArticles].sort(
      (a, b) => a.authors.length + a.citations.length - (b.authors.length + b.citations.length),
    );
    const simplest = byRelations[0];
    const richest = byRelations[byRelations.length - 1];
    expect(richest.authors.length + richest.citations.length).toBeGreaterThan(simplest.authors.length + simplest.citations.length);
    const rich = await sqlOf(() => client.getArticle(richest.slug));
    const simple = await sqlOf(() => client.getArticle(simplest.slug));
    expect(rich.length).toBe(simple.length);
  });
});

describe('SQL queries per accepted query shape', () => {
  const base = () => `http://127.0.0.1:${cms.strapi.config.get('server.port')}`;
  const get = async (url: string) => {
    const response = await fetch(`${base()}${url}`);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as { data: Array<Record<string, unknown>> };
  };
  const valueAt = (item: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, key) => {
      const one = Array.isArray(node) ? node[0] : node;
      return typeof one === 'object' && one !== null ? (one as Record<string, unknown>)[key] : undefined;
    }, item);

  const shapes = (Object.values(publicCollections) as CollectionContract[]).flatMap((collection) =>
    Object.keys(collection.filters).map((path) => [collection.path, path] as const),
  );

  // A declared filter adds at most one bounded probe per relation hop and one for the rows at its far end
  // (src/public-api/relation-subqueries.ts), and never one per row: its cost is that of the plain list, whatever
  // it matches.
  it.each(shapes)('/api/%s filtered by %s runs at most one query more per relation hop than the plain list', async (collection, path) => {
    const [item] = (await get(`/api/${collection}?pagination[pageSize]=1`)).data;
    if (!item) throw new Error(`the sample has no ${collection}`);
    const value = valueAt(item, path);
    const size = Math.min(20, maxPageSize(collection));
    const plain = await sqlOf(() => get(`/api/${collection}?pagination[pageSize]=${size}`));
    const condition = `filters${path
      .split('.')
      .map((key) => `[${key}]`)
      .join('')}[$eq]=${encodeURIComponent(String(Array.isArray(value) ? value[0] : value))}`;
    const filtered = await sqlOf(() => get(`/api/${collection}?${condition}&pagination[pageSize]=${size}`));
    const hops = path.split('.').length - 1;
    if (filtered.length > plain.length + hops + (hops > 0 ? 1 : 0)) {
      throw new Error(`the plain list ran ${plain.length} queries, filtered by ${path} ${filtered.length}:\n${filtered.join('\n')}`);
    }
  });
});
