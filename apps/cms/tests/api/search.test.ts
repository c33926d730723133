import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { runDueSchedules } from '../../src/scheduling/run-due';
import { ensureSearchIndex, fullTextIndex } from '../../src/search/full-text/search-index';
import { releaseIssue } from '../../src/publishing/issue-release';
import { responseCacheOf } from '../../src/response-cache/response-cache';
import { RESTART_BUDGET_MS, useCms } from '../harness/cms';
import { createReadyDraft } from '../harness/ready-draft';
import { sample } from '../harness/sample-facts';

/**
 * Search through the databases' own full-text engines, on the seeded sample publication plus articles written here
 * with made-up words, so each case knows exactly which articles must match. Every case runs on SQLite (FTS5) and
 * PostgreSQL (tsvector) alike.
 */
const api = () => request(cms.strapi.server.httpServer);

const cms = useCms();

type Part = { text: string; highlight: boolean };
type Found = {
  id: number;
  slug: string;
  title: string;
  headline: Part[];
  excerpt: Part[] | null;
  section: { slug: string } | null;
  authors: Array<{ slug: string }>;
  issue: { volume: { number: number } };
  firstPublishedAt: string;
};
type Facet = { value: string; label: string; count: number };
type Response = {
  data: Found[];
  meta: {
    pagination: { total: number; pageCount: number };
    terms: string[];
    facets: Record<'section' | 'author' | 'volume' | 'year', Facet[]>;
    suggestion: { query: string; total: number } | null;
  };
};

async function search(query: Record<string, string | number>): Promise<Response> {
  const response = await api().get('/api/search').query(query);
  if (response.status !== 200) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

const slugs = async (query: Record<string, string | number>) => (await search({ pageSize: 50, ...query })).data.map((found) => found.slug);

async function everyPage(query: Record<string, string | number>): Promise<Found[]> {
  const found: Found[] = [];
  for (let page = 1; ; page += 1) {
    const response = await search({ ...query, page, pageSize: 4 });
    expect(response.data.length).toBeLessThanOrEqual(4);
    found.push(...response.data);
    if (page >= response.meta.pagination.pageCount) return found;
  }
}

const documents = () => cms.strapi.documents('api::article.article');

/** A published article with this title, dek and body (markdown); `publishedOn` back-dates it. */
async function publish(slug: string, text: { title: string; dek?: string; body: string; publishedOn?: string }) {
  const { article } = await createReadyDraft(cms.strapi, text.title, slug, {
    dek: text.dek ?? 'A dek.',
    body: markdownToBlocks(text.body),
    ...(text.publishedOn ? { firstPublishedAt: new Date(text.publishedOn) } : {}),
  });
  await documents().publish({ documentId: article.documentId });
  return article.documentId;
}

const highlighted = (parts: Part[] | null) => (parts ?? []).filter((part) => part.highlight).map((part) => part.text.toLowerCase());

beforeAll(async () => {
  await publish('search-fixture-thermometers', {
    title: 'Lab orders new equipment',
    body: 'The chemistry department bought forty glorbometers after students were voting on the budget.',
  });
  await publish('search-fixture-cafe', { title: 'The Zébrûlé on Main Street reopens', body: 'Plain text with nothing special.' });
  await publish('search-fixture-phrase', { title: 'Routes', body: 'Riders of the zorbline night bus praised the service.' });
  await publish('search-fixture-apart', { title: 'Schedules', body: 'The zorbline bus leaves early; the night shift walks.' });
  await publish('search-fixture-aquarium', { title: 'Fish', body: 'The quillfish tank at the aquarium was cleaned.' });
  await publish('search-fixture-pond', { title: 'Pond life', body: 'A quillfish was seen in the pond.' });
  await publish('search-fixture-in-title', { title: 'Vexillology club founded', body: 'Flags and more flags.', publishedOn: '2020-01-01' });
  await publish('search-fixture-in-body', {
    title: 'Clubs fair',
    body: 'Among the stalls: vexillology, chess and robotics.',
    publishedOn: '2020-01-01',
  });
}, 60_000);

describe('GET /api/search: the query language', () => {
  it('finds a word by its stem: "glorbometer" and "voted" find "glorbometers" and "voting"', async () => {
    expect(await slugs({ q: 'glorbometer' })).toEqual(['search-fixture-thermometers']);
    expect(await slugs({ q: 'voted glorbometer' })).toEqual(['search-fixture-thermometers']);
  });

  it('ignores case and accents both ways', async () => {
    expect(await slugs({ q: 'ZEBRULE' })).toEqual(['search-fixture-cafe']);
    expect(await slugs({ q: 'zébrulé' })).toEqual(['search-fixture-cafe']);
  });

  it('finds a quoted phrase only where its words stand together', async () => {
    expect((await slugs({ q: 'zorbline bus night' })).sort()).toEqual(['search-fixture-apart', 'search-fixture-phrase']);
    expect(await slugs({ q: '"night bus" zorbline' })).toEqual(['search-fixture-phrase']);
    expect(await slugs({ q: '“night bus” zorbline' })).toEqual(['search-fixture-phrase']);
  });

  it('leaves out -words and -"phrases", and offers alternatives with or', async () => {
    expect(await slugs({ q: 'quillfish -aquarium' })).toEqual(['search-fixture-pond']);
    expect(await slugs({ q: 'zorbline -"night bus"' })).toEqual(['search-fixture-apart']);
    expect((await slugs({ q: 'quillfish or glorbometers' })).sort()).toEqual([
      'search-fixture-aquarium',
      'search-fixture-pond',
      'search-fixture-thermometers',
    ]);
    expect(await slugs({ q: 'quillfish pond or glorbometers -chemistry' })).toEqual(['search-fixture-pond']);
  });

  it.each([
    ['FTS5 syntax', 'NEAR(zorbline bus) title:zorbline zorb* ^zorbline'],
    ['SQL', "zorbline'; DROP TABLE articles; --"],
    ['an unclosed quote', '"zorbline bus'],
    ['operators alone', 'AND OR NOT zorbline'],
    ['tsquery syntax', 'zorbline & !bus | (night <-> bus):*'],
  ])('reads %s as plain words, never as syntax', async (_case, q) => {
    const response = await api().get('/api/search').query({ q });
    expect(response.status).toBe(200);
    expect(response.body.meta.terms).toEqual(expect.arrayContaining(['zorbline']));
  });

  it.each([
    ['no query', {}, /q is required/],
    ['punctuation only', { q: '?!' }, /at least one letter or digit/],
    ['only words to leave out', { q: '-night -"bus route"' }, /needs a word to find, not only words to leave out/],
    ['too many words', { q: Array.from({ length: 33 }, (_, at) => `w${at}`).join(' ') }, /at most 32 words/],
    ['a page of zero', { q: 'school', page: 0 }, /page must be a whole number/],
    ['a huge page size', { q: 'school', pageSize: 500 }, /pageSize must be a whole number from 1 to 50/],
    ['a section that is not a slug', { q: 'school', section: 'News & Views' }, /section must be a slug/],
    ['a year out of range', { q: 'school', year: 20250 }, /year must be a whole number from 1800 to 9999/],
    ['an order it does not know', { q: 'school', sort: 'oldest' }, /sort must be relevance or newest/],
    ['a parameter it does not take', { q: 'school', filters: 'x' }, /filters is not a parameter of GET \/api\/search/],
  ])('answers 400 with a message for %s', async (_case, query, message) => {
    const response = await api().get('/api/search').query(query).expect(400);
    expect(response.body.error.message).toMatch(message);
  });
});

describe('GET /api/search: results', () => {
  it('ranks a match in the title above a match in the body, other things equal', async () => {
    expect(await slugs({ q: 'vexillology' })).toEqual(['search-fixture-in-title', 'search-fixture-in-body']);
  });

  it('marks the matches in the headline and the excerpt as data, with … where the passage was cut', async () => {
    const [inTitle, inBody] = (await search({ q: 'vexillology' })).data;
    expect(highlighted(inTitle.headline)).toEqual(['vexillology']);
    expect(inTitle.headline.map((part) => part.text).join('')).toBe('Vexillology club founded');
    expect(inTitle.excerpt).toBeNull();
    expect(highlighted(inBody.excerpt)).toEqual(['vexillology']);
    expect(inBody.excerpt!.map((part) => part.text).join('')).toContain('Among the stalls: vexillology, chess');

    const [stemmed] = (await search({ q: 'glorbometer vote' })).data;
    expect(highlighted(stemmed.excerpt)).toEqual(['glorbometers', 'voting']);
  });

  it('never sends HTML: a body with markup comes back as text', async () => {
    await publish('search-fixture-markup', { title: 'Markup', body: 'The <b>glimmerwort</b> & <script>x</script> text.' });
    const [found] = (await search({ q: 'glimmerwort' })).data;
    expect(found.excerpt!.map((part) => part.text).join('')).toContain('glimmerwort</b> & <script>x</script> text');
  });

  it('sends a title holding a marker character as written, unmarked', async () => {
    await publish('search-fixture-marker', { title: 'Odd \uE000 title about snibblewort', body: 'Plain.' });
    const [found] = (await search({ q: 'snibblewort' })).data;
    expect(found.headline).toEqual([{ text: 'Odd \uE000 title about snibblewort', highlight: false }]);
  });

  it('returns every match once across pages, in relevance order, or newest first with sort=newest', async () => {
    const byRelevance = await everyPage({ q: 'the' });
    const newest = await everyPage({ q: 'the', sort: 'newest' });
    expect(new Set(byRelevance.map((found) => found.slug)).size).toBe(byRelevance.length);
    expect(byRelevance.length).toBeGreaterThan(sample.liveArticles.length / 2);
    expect(newest.map((found) => found.slug).sort()).toEqual(byRelevance.map((found) => found.slug).sort());
    const dates = newest.map((found) => found.firstPublishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('never returns the stored body text', async () => {
    for (const article of (await search({ q: 'the', pageSize: 50 })).data) expect(article).not.toHaveProperty('bodyText');
  });
});

describe('GET /api/search: did you mean', () => {
  it('suggests the closest indexed spelling of a word no article holds, when the search finds nothing', async () => {
    const response = await search({ q: 'glorbometr' });
    expect(response.meta.pagination.total).toBe(0);
    expect(response.meta.suggestion).toEqual({ query: 'glorbometers', total: 1 });
    expect((await search({ q: 'vexilology club' })).meta.suggestion).toEqual({ query: 'vexillology club', total: 2 });
  });

  it('keeps phrases, alternatives, exclusions and narrowings in the suggestion', async () => {
    // Only words to find are corrected: a misspelt exclusion leaves out nothing either way.
    expect((await search({ q: '"zorbkine bus" -nigt' })).meta.suggestion).toEqual({ query: '"zorbline bus" -nigt', total: 1 });
    expect((await search({ q: 'quilfish or vexilology' })).meta.suggestion).toEqual({ query: 'quillfish or vexillology', total: 4 });
    expect((await search({ q: 'vexilology', year: 2021 })).meta.suggestion).toBeNull();
  });

  it('suggests nothing when every word is known or nothing is near, or when the search found something', async () => {
    expect((await search({ q: 'quillfish glorbometers' })).meta.suggestion).toBeNull();
    expect((await search({ q: 'qqqxqqqx' })).meta.suggestion).toBeNull();
    expect((await search({ q: 'quillfish' })).meta.suggestion).toBeNull();
  });

  it('forgets a word once no published article holds it', async () => {
    const documentId = await publish('search-fixture-vanishing', { title: 'Vanishing', body: 'The wuzzlecorn parade.' });
    expect((await search({ q: 'wuzzlecorm' })).meta.suggestion).toEqual({ query: 'wuzzlecorn', total: 1 });
    await documents().unpublish({ documentId });
    expect((await search({ q: 'wuzzlecor' })).meta.suggestion).toBeNull();
  });
});

describe('GET /api/search: facets', () => {
  it('counts by section, author, volume and year what the same search narrowed that way finds', async () => {
    const { meta } = await search({ q: 'the' });
    for (const [facet, values] of Object.entries(meta.facets)) {
      expect(values.length).toBeGreaterThan(0);
      for (const { value, count } of values.slice(0, 3)) {
        const narrowed = await search({ q: 'the', [facet]: value, pageSize: 1 });
        expect([facet, value, narrowed.meta.pagination.total]).toEqual([facet, value, count]);
      }
    }
  });

  it('counts each facet with the other narrowings applied but not its own, so a reader can switch', async () => {
    const section = sample.liveArticles[0].section;
    const { meta } = await search({ q: 'the', section });
    expect(meta.facets.section.length).toBeGreaterThan(1);
    const narrowedTotal = meta.pagination.total;
    expect(meta.facets.section.find((value) => value.value === section)?.count).toBe(narrowedTotal);
    expect(meta.facets.year.reduce((sum, value) => sum + value.count, 0)).toBe(narrowedTotal);
  });

  it('narrows by year', async () => {
    expect((await slugs({ q: 'vexillology', year: 2020 })).sort()).toEqual(['search-fixture-in-body', 'search-fixture-in-title']);
    expect(await slugs({ q: 'vexillology', year: 2021 })).toEqual([]);
  });
});

describe('GET /api/search: the index follows every write', () => {
  it('never finds a draft; a publish is found by the next search; an unpublish or delete is gone at once', async () => {
    const { article } = await createReadyDraft(cms.strapi, 'Draft about plinkerton', 'search-fixture-draft', {
      body: markdownToBlocks('Only the plinkerton draft has this.'),
    });
    expect(await slugs({ q: 'plinkerton' })).toEqual([]);
    await documents().publish({ documentId: article.documentId });
    expect(await slugs({ q: 'plinkerton' })).toEqual(['search-fixture-draft']);

    await documents().update({ documentId: article.documentId, data: { body: markdownToBlocks('Now about snorkelwick.') } as never });
    expect(await slugs({ q: 'snorkelwick' })).toEqual([]);
    expect(await slugs({ q: 'plinkerton' })).toEqual(['search-fixture-draft']);
    await documents().publish({ documentId: article.documentId });
    expect(await slugs({ q: 'snorkelwick' })).toEqual(['search-fixture-draft']);
    expect(await slugs({ q: 'plinkerton -draft' })).toEqual([]);

    await documents().unpublish({ documentId: article.documentId });
    expect(await slugs({ q: 'snorkelwick' })).toEqual([]);
    await documents().publish({ documentId: article.documentId });
    await documents().delete({ documentId: article.documentId });
    expect(await slugs({ q: 'snorkelwick' })).toEqual([]);
  });

  it('follows the scheduler: a scheduled publish is found, a scheduled unpublish is gone', async () => {
    const { article } = await createReadyDraft(cms.strapi, 'Scheduled', 'search-fixture-scheduled', {
      body: markdownToBlocks('The tremblefoot festival.'),
    });
    const inAMinute = new Date(Date.now() + 60_000);
    await documents().update({ documentId: article.documentId, data: { publishAt: inAMinute } as never });
    expect(await slugs({ q: 'tremblefoot' })).toEqual([]);
    expect((await runDueSchedules(cms.strapi, new Date(inAMinute.getTime() + 1000))).published).toEqual([article.documentId]);
    expect(await slugs({ q: 'tremblefoot' })).toEqual(['search-fixture-scheduled']);

    await documents().update({ documentId: article.documentId, data: { unpublishAt: inAMinute } as never });
    await runDueSchedules(cms.strapi, new Date(inAMinute.getTime() + 1000));
    expect(await slugs({ q: 'tremblefoot' })).toEqual([]);
  });

  it('follows an issue’s release: the articles going out with it are found', async () => {
    const [volume] = await cms.strapi.documents('api::volume.volume').findMany({ limit: 1, sort: 'number:desc' });
    const issue = await cms.strapi
      .documents('api::issue.issue')
      .create({ data: { number: 77, coverDate: '2032-03-01', volume: volume.documentId } as never });
    await createReadyDraft(cms.strapi, 'Released', 'search-fixture-released', {
      body: markdownToBlocks('The glimmerpond regatta.'),
      issue: issue.documentId,
      releaseWithIssue: true,
    });
    expect(await slugs({ q: 'glimmerpond' })).toEqual([]);
    await releaseIssue(cms.strapi, issue.documentId);
    expect(await slugs({ q: 'glimmerpond' })).toEqual(['search-fixture-released']);
    expect((await search({ q: 'glimmerpond' })).data[0].issue.volume.number).toBe(volume.number);
  });

  it('follows a write through the query layer, below the document service', async () => {
    const documentId = await publish('search-fixture-query-layer', { title: 'Query layer', body: 'Nothing yet.' });
    await cms.strapi.db
      .query('api::article.article')
      .updateMany({ where: { documentId }, data: { body: markdownToBlocks('Now with wobblestone.') } });
    expect(await slugs({ q: 'wobblestone' })).toEqual(['search-fixture-query-layer']);
  });

  it('finds articles by their authors’, section’s and tags’ names, and follows a rename', async () => {
    const documentId = await publish('search-fixture-byline', { title: 'Byline', body: 'Plain.' });
    const [published] = await documents().findMany({ filters: { documentId }, populate: ['authors', 'section'] } as never);
    const author = (published as unknown as { authors: Array<{ documentId: string; name: string }> }).authors[0]!;
    await cms.strapi
      .documents('api::author.author')
      .update({ documentId: author.documentId, data: { name: 'Quentin Marbleford' } as never });
    expect(await slugs({ q: 'marbleford' })).toContain('search-fixture-byline');
    await cms.strapi.documents('api::author.author').update({ documentId: author.documentId, data: { name: author.name } as never });
    expect(await slugs({ q: 'marbleford' })).toEqual([]);
  });

  it('indexes rows written by SQL behind Strapi’s back, and rebuilds itself at start when its triggers were lost', async () => {
    const documentId = await publish('search-fixture-sql', { title: 'SQL', body: 'Plain.' });
    const knex = cms.strapi.db.connection;
    await knex('articles')
      .where({ document_id: documentId })
      .whereNotNull('published_at')
      .update({ title: 'Written by hand: frumplewick' });
    expect(await slugs({ q: 'frumplewick' })).toEqual(['search-fixture-sql']);

    // Strapi's schema sync rebuilds a SQLite table to change a column, and the table's triggers go with it.
    const index = fullTextIndex(cms.strapi);
    for (const sql of index.drop.filter((statement) => /TRIGGER|FUNCTION .*\(\) CASCADE/.test(statement))) await knex.raw(sql);
    await knex('articles').where({ document_id: documentId }).whereNotNull('published_at').update({ title: 'Then: grumbleberry' });
    expect(await ensureSearchIndex(cms.strapi)).toBeGreaterThan(sample.liveArticles.length);
    // As a start does: answers cached before the SQL are not answers any more.
    await responseCacheOf(cms.strapi).generation.bump();
    expect(await slugs({ q: 'grumbleberry' })).toEqual(['search-fixture-sql']);
    expect(await slugs({ q: 'frumplewick' })).toEqual([]);
    expect(await ensureSearchIndex(cms.strapi)).toBeNull();
  });

  it(
    'survives Strapi’s schema sync at a start, with its triggers still keeping it',
    async () => {
      // A database whose stored schema is not the current one: Strapi syncs every table at the next start.
      await cms.strapi.db.connection('strapi_database_schema').del();
      await cms.restart();
      expect(await slugs({ q: 'vexillology' })).toEqual(['search-fixture-in-title', 'search-fixture-in-body']);
      const documentId = await publish('search-fixture-after-sync', { title: 'After the sync', body: 'The plumbercress fair.' });
      expect(await slugs({ q: 'plumbercress' })).toEqual(['search-fixture-after-sync']);
      await cms.strapi.db
        .connection('articles')
        .where({ document_id: documentId })
        .whereNotNull('published_at')
        .update({ dek: 'Also quibblestone.' });
      await responseCacheOf(cms.strapi).generation.bump();
      expect(await slugs({ q: 'quibblestone' })).toEqual(['search-fixture-after-sync']);
    },
    RESTART_BUDGET_MS,
  );
});
