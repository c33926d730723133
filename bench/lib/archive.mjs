// A publication's archive at scale, written straight into the tables (far faster than the document service): 20
// volumes of 10 issues, 300 authors, 80 sources, 6 sections, 40 tags; each article in an issue with 2 authors, 4
// cited sources, a section and 2 tags, as a draft and a published version, like Strapi stores them.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CMS_DIR } from '@masthead/test-kit';
import { startProductionCms } from './cms.mjs';
import { textWriter } from './text.mjs';

const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
const knexFactory = requireFromCms(requireFromCms.resolve('knex', { paths: [requireFromCms.resolve('@strapi/database')] }));
const PG_URL = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let state = 19;
export const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;

/** A fresh database with Masthead's schema: the CMS creates it on a first start, then the bench owns the data. */
export async function prepareDatabase(database) {
  const env = {};
  let cleanUp;
  let knex;
  if (database === 'sqlite') {
    const file = path.join(tmpdir(), `masthead-bench-read-${randomBytes(4).toString('hex')}.db`);
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true });
    cleanUp = async () => {
      await knex.destroy();
      rmSync(file, { force: true });
    };
  } else {
    const admin = knexFactory({ client: 'pg', connection: PG_URL });
    try {
      await admin.raw('select 1');
    } catch (error) {
      console.error(`Skipping PostgreSQL: ${PG_URL} does not answer (${error.message}).`);
      await admin.destroy();
      return null;
    }
    const name = `masthead_bench_read_${process.pid}`;
    await admin.raw(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
    knex = knexFactory({ client: 'pg', connection: url.toString() });
    cleanUp = async () => {
      await knex.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    };
  }
  const setup = { database, env, knex, cleanUp };
  (await startArchiveCms(setup)).stop(); // creates the tables and indexes
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await writeTerms(setup);
  return setup;
}

/**
 * The production CMS on the archive's database: no seed, no scheduler, no website, and no response cache unless
 * `env` turns it on (repeated lookups would otherwise measure the cache, not the read path).
 */
export function startArchiveCms(setup, env = {}, options = {}) {
  return startProductionCms(
    {
      ...setup.env,
      MASTHEAD_SEED_SAMPLE: 'false',
      MASTHEAD_SCHEDULER_ENABLED: 'false',
      MASTHEAD_WEB_URL: '',
      MASTHEAD_RESPONSE_CACHE: 'off',
      LOG_LEVEL: 'error',
      ...env,
    },
    options,
  );
}

// Dates as Date objects: knex writes them as each database's own (milliseconds on SQLite, as Strapi does; timestamps on PostgreSQL).
const now = () => new Date();
const documentId = () => randomBytes(12).toString('hex').slice(0, 24);
export const TERMS = { volumes: 20, authors: 300, sources: 80, sections: 6, tags: 40 };

/** Volumes, issues, authors, sources, sections and tags (published; only articles and issues have drafts here). */
async function writeTerms({ knex }) {
  const stamp = { created_at: now(), updated_at: now(), published_at: now() };
  const rows = (count, make) =>
    Array.from({ length: count }, (_, index) => ({ id: index + 1, document_id: documentId(), ...stamp, ...make(index + 1) }));
  await knex.batchInsert(
    'volumes',
    rows(TERMS.volumes, (n) => ({ number: n, start_year: 2006 + n })),
    200,
  );
  await knex.batchInsert(
    'authors',
    rows(TERMS.authors, (n) => ({ name: `Author ${n}`, slug: `author-${n}`, role: 'Staff Writer' })),
    200,
  );
  await knex.batchInsert(
    'sources',
    rows(TERMS.sources, (n) => ({ name: `Outlet ${n}`, slug: `outlet-${n}`, homepage_url: `https://outlet${n}.example` })),
    200,
  );
  await knex.batchInsert(
    'sections',
    rows(TERMS.sections, (n) => ({ name: `Section ${n}`, slug: `section-${n}`, position: n })),
    200,
  );
  await knex.batchInsert(
    'tags',
    rows(TERMS.tags, (n) => ({ name: `Tag ${n}`, slug: `tag-${n}` })),
    200,
  );
  const issues = rows(TERMS.volumes * 10, (n) => ({
    number: ((n - 1) % 10) + 1,
    cover_date: `${2006 + Math.ceil(n / 10)}-${String(((n - 1) % 10) + 1).padStart(2, '0')}-01`,
    label: `Issue ${n}`,
  }));
  await knex.batchInsert('issues', issues, 200);
  await knex.batchInsert(
    'issues_volume_lnk',
    issues.map((issue) => ({ issue_id: issue.id, volume_id: Math.ceil(issue.id / 10), issue_ord: issue.number })),
    200,
  );
}

const paragraphsJson = (paragraphs) =>
  JSON.stringify(paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })));
let writer;

/**
 * Articles `from` to `to` (1-based ids of documents), each as a draft row and a published row with its relations.
 * By default every article has the same body and no `body_text` (the CMS fills it in at its next start). With
 * `{ text: 'realistic' }` each has its own title, dek and ~800-word body (bench/lib/text.mjs) and its `body_text`
 * (the paragraphs' plain text, one a line, as the CMS derives it).
 */
export async function writeArchive({ knex }, from, to, { text = 'same' } = {}) {
  console.error(`Writing articles ${from + 1}–${to}${text === 'realistic' ? ' (realistic text)' : ''}…`);
  const paragraph =
    'The council voted on Tuesday to restore three night bus routes cut in 2020, after nurses, cooks and students said they start or finish work after midnight.';
  const sameBody = paragraphsJson(Array.from({ length: 8 }, () => paragraph));
  if (text === 'realistic') writer ??= textWriter();
  const batch = { articles: [], authors: [], issue: [], section: [], tags: [], cmps: [], citations: [], sources: [] };
  const flush = async () => {
    for (const [table, key] of [
      ['articles', 'articles'],
      ['articles_authors_lnk', 'authors'],
      ['articles_issue_lnk', 'issue'],
      ['articles_section_lnk', 'section'],
      ['articles_tags_lnk', 'tags'],
      ['components_article_citations', 'citations'],
      ['articles_cmps', 'cmps'],
      ['components_article_citations_source_lnk', 'sources'],
    ]) {
      await knex.batchInsert(table, batch[key], 100);
      batch[key] = [];
    }
  };
  for (let doc = from + 1; doc <= to; doc += 1) {
    const id = documentId();
    const issue = 1 + ((doc - 1) % (TERMS.volumes * 10));
    const authors = [...new Set([1, 2].map(() => 1 + Math.floor(random() * TERMS.authors)))];
    const sources = [...new Set(Array.from({ length: 4 }, () => 1 + Math.floor(random() * TERMS.sources)))];
    const tags = [...new Set([1, 2].map(() => 1 + Math.floor(random() * TERMS.tags)))];
    const section = 1 + (doc % TERMS.sections);
    const published = new Date(Date.UTC(2007, 0, 1) + doc * 3_600_000);
    const own = text === 'realistic' ? writer.article(doc) : null;
    const content = own
      ? { title: own.title, dek: own.dek, body: paragraphsJson(own.paragraphs), body_text: own.paragraphs.join('\n') }
      : // Left empty as a hand-written import would: the CMS fills it in at its next start.
        { title: `Archive story ${doc}`, dek: `The summary of story ${doc}.`, body: sameBody, body_text: null };
    for (const [version, publishedAt] of [
      [0, null],
      [1, now()],
    ]) {
      const rowId = 2 * doc - 1 + version;
      batch.articles.push({
        id: rowId,
        document_id: id,
        ...content,
        slug: `archive-story-${doc}`,
        position: 1 + (doc % 20),
        reading_time_minutes: own ? 4 : 2,
        first_published_at: published,
        release_with_issue: false,
        created_at: now(),
        updated_at: now(),
        published_at: publishedAt,
      });
      authors.forEach((author, index) =>
        batch.authors.push({ article_id: rowId, author_id: author, author_ord: index + 1, article_ord: doc }),
      );
      batch.issue.push({ article_id: rowId, issue_id: issue, article_ord: doc });
      batch.section.push({ article_id: rowId, section_id: section, article_ord: doc });
      tags.forEach((tag, index) => batch.tags.push({ article_id: rowId, tag_id: tag, tag_ord: index + 1, article_ord: doc }));
      sources.forEach((source, index) => {
        const citation = rowId * 4 + index;
        batch.citations.push({ id: citation, url: `https://outlet${source}.example/story-${doc}` });
        batch.cmps.push({ entity_id: rowId, cmp_id: citation, component_type: 'article.citation', field: 'citations', order: index + 1 });
        batch.sources.push({ citation_id: citation, source_id: source });
      });
    }
    if (batch.articles.length >= 1000) await flush();
  }
  await flush();
  if (knex.client.config.client === 'pg') await knex.raw('ANALYZE');
}

/**
 * Drops the search index's triggers, as a bulk loader would: with them, every link row written re-indexes its
 * article. The next CMS start sees a trigger missing and rebuilds the whole index in one set-based fill.
 */
export async function dropSearchTriggers({ knex, database }) {
  if (database === 'sqlite') {
    const triggers = await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'masthead_search_%'`);
    for (const { name } of triggers) await knex.raw(`DROP TRIGGER "${name}"`);
    return triggers.length;
  }
  const { rows } = await knex.raw(
    `SELECT tgname AS name, tgrelid::regclass::text AS "table" FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'masthead_search_%'`,
  );
  for (const { name, table } of rows) await knex.raw(`DROP TRIGGER "${name}" ON ${table}`);
  return rows.length;
}
