import path from 'node:path';
import { createClient, type MastheadClient } from '@masthead/client';
import { collectFiles, runImportCli } from '../../src/archive-import/cli';
import { importArchive, type ArchiveFile } from '../../src/archive-import/import-archive';
import { dropRepeatedSourcesLines } from '../../src/citations/drop-repeated-sources-lines';
import { runDataMigrations } from '../../src/database/data-migrations';
import { articleBodyText } from '../../src/content/article-body-fields';
import { useCms } from '../harness/cms';

/**
 * The archive importer against a booted CMS with an empty database: it imports tests/fixtures/archive (written for
 * these tests, in the formats editors export), and the result is read back the way other apps read it, through
 * @masthead/client.
 */
const CMS_DIR = path.resolve(__dirname, '..', '..');
const FIXTURES = 'tests/fixtures/archive';

let client: MastheadClient;
let archive: ArchiveFile[];

const cms = useCms({ seed: false, listen: true });

beforeAll(async () => {
  client = createClient({ baseUrl: `http://127.0.0.1:${cms.strapi.config.get('server.port')}`, retries: 0 });
  archive = (await collectFiles([FIXTURES], CMS_DIR)).files;
}, 180_000);

const file = (name: string, text: string): ArchiveFile => ({ file: name, bytes: Buffer.from(text) });
const counts = async () => ({
  volumes: await cms.strapi.db.query('api::volume.volume').count(),
  issues: await cms.strapi.db.query('api::issue.issue').count(),
  authors: await cms.strapi.db.query('api::author.author').count(),
  sources: await cms.strapi.db.query('api::source.source').count(),
  articles: await cms.strapi.db.query('api::article.article').count(),
});

describe('importing an archive', () => {
  it('starts on a database without the sample, whose publication settings exist and are empty', async () => {
    await expect(client.getPublication()).resolves.toMatchObject({
      about: null,
      contactEmail: null,
      parentOrganization: null,
      parentOrganizationUrl: null,
      icon: null,
    });
  });

  it('finds the article files of a folder in natural order, and leaves other files alone', () => {
    expect(archive.map((entry) => path.basename(entry.file))).toEqual([
      '01-greenhouse.txt',
      '02-debate.txt',
      '03-night-buses.txt',
      '04-robotics.txt',
      '05-same-title-other-issue.txt',
      '06-latin1.txt',
      '07-no-title.txt',
    ]);
  });

  it('plans a dry run without writing anything, naming each bad file and line', async () => {
    const report = await importArchive(cms.strapi, archive, { dryRun: true });
    expect(report.created.volumes).toEqual(['Volume 18', 'Volume 19']);
    expect(report.created.issues).toEqual(['Volume 18, Issue 2', 'Volume 19, Issue 4', 'Volume 19, Issue 5']);
    expect(report.created.authors).toEqual(['Ada Whitcombe', 'Priya Castellanos', 'Jane Doe', 'John Roe', 'Ana Lima']);
    // “nasa” and “NASA”, “defense.gov” and “Defense.gov” are one source each, as the real import matches them.
    expect(report.created.sources).toEqual([
      'NASA',
      'the USDA',
      'National Geographic',
      'Reuters',
      'NBC News',
      'Brookings',
      'defense.gov',
      'BBC',
    ]);
    expect(report.created.articles).toHaveLength(5);
    expect(report.failed).toEqual([
      {
        file: `${FIXTURES}/vol19/06-latin1.txt`,
        line: 3,
        message: expect.stringMatching(/^unreadable encoding: byte 36 \(0xe9\) is not UTF-8/),
      },
      { file: `${FIXTURES}/vol19/07-no-title.txt`, line: 3, message: 'expected the title before the byline' },
    ]);
    expect(await counts()).toEqual({ volumes: 0, issues: 0, authors: 0, sources: 0, articles: 0 });
  });

  it('imports the folder, and other apps read it back exactly through @masthead/client', async () => {
    const report = await importArchive(cms.strapi, archive);
    expect(report.created.articles).toHaveLength(5);
    expect(report.created.sources).toHaveLength(8);
    expect(report.failed.map((failure) => path.basename(failure.file))).toEqual(['06-latin1.txt', '07-no-title.txt']);

    const volumes = await client.listVolumes();
    expect(volumes.map((volume) => [volume.number, volume.startYear, volume.issues.map((issue) => issue.number)])).toEqual([
      [19, 2025, [4, 5]],
      [18, 2023, [2]],
    ]);
    const issue = (await client.getIssue(19, 4))!;
    expect(issue.coverDate).toBe('2025-01-01');
    expect(issue.articles.map((entry) => entry.title).sort()).toEqual([
      'Night buses return to the east side',
      'Robotics team’s “Marvin” qualifies for the state finals',
    ]);

    const buses = (await client.getArticle(issue.articles.find((entry) => entry.title.startsWith('Night'))!.slug))!;
    expect(buses.authors.map((author) => [author.name, author.slug])).toEqual([
      ['Jane Doe', 'jane-doe'],
      ['John Roe', 'john-roe'],
      ['Ana Lima', 'ana-lima'],
    ]);
    expect(buses.section?.name).toBe('World');
    expect(buses.firstPublishedAt).toBe('2025-01-01T12:00:00.000Z');
    expect(buses.dek).toBe(
      'The city’s transit board voted 5–2 on Tuesday to restore three night routes — the first since service was cut in 2020.',
    );
    expect(buses.body).toEqual(
      [
        'The city’s transit board voted 5–2 on Tuesday to restore three night routes — the first since service was cut in 2020.',
        '“We heard from nurses, cooks and students,” said board chair Ana Ruiz. “They all start or finish work after midnight.”',
        'Buses will run every 20 minutes between 11 p.m. and 4 a.m. starting Feb. 3.',
      ].map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    );
    expect(buses.citations.map((citation) => [citation.source?.name, citation.source?.homepageUrl, citation.url])).toEqual([
      ['Reuters', 'https://www.reuters.com', 'https://www.reuters.com/world/us/transit-night-service-2025-01-10/'],
      ['NBC News', 'https://www.nbcnews.com', 'https://www.nbcnews.com/news/us-news/night-buses'],
      ['Brookings', 'https://www.brookings.edu', 'https://www.brookings.edu/articles/transit-equity/'],
      ['defense.gov', 'https://www.defense.gov', 'https://www.defense.gov/News/Releases/'],
    ]);

    // The robotics piece: capitals in the byline become a name; its “Defense.gov” is the source the first file made.
    const robotics = (await client.getArticle(issue.articles.find((entry) => entry.title.startsWith('Robotics'))!.slug))!;
    expect(robotics.authors.map((author) => author.name)).toEqual(['John Roe']);
    expect(robotics.citations.map((citation) => citation.source?.name)).toEqual(['defense.gov', 'BBC', 'NBC News', 'Brookings']);
    expect(robotics.body.at(-1)).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'The team spent €300 of its €450 budget on sensors; the rest came from a bake sale. 🤖' }],
    });

    const whitcombe = (await client.getAuthor('ada-whitcombe'))!;
    expect(whitcombe.articles.items.map((article) => article.issue?.number).sort()).toEqual([2, 2, 5]);
  });

  it('drops the closing sources line an older import left in the body, from every version, and nothing else', async () => {
    const ARTICLE = 'api::article.article';
    const rows = cms.strapi.db.query(ARTICLE);
    const paragraph = (text: string, italic = false) => ({
      type: 'paragraph' as const,
      children: [{ type: 'text' as const, text, ...(italic ? { italic } : {}) }],
    });
    const closing = paragraph('Information retrieved from Reuters, NBC News and Brookings.', true);
    const buses = await rows.findMany({ where: { title: 'Night buses return to the east side' }, select: ['id', 'body', 'publishedAt'] });
    expect(buses.map((row: { publishedAt: unknown }) => row.publishedAt === null).sort()).toEqual([false, true]);
    const original = buses[0].body as unknown[];
    // As an older importer stored it: the line both in the body and as the Sources list.
    for (const row of buses) await rows.update({ where: { id: row.id }, data: { body: [...original, closing] } });
    // The same words inside the story, and at the end of a story with no sources as data, are the writer's.
    const robotics = await rows.findOne({
      where: { title: { $startsWith: 'Robotics' }, publishedAt: { $notNull: true } },
      select: ['id', 'body'],
    });
    const insideTheStory = [paragraph('Data obtained from the district shows the change.'), ...(robotics.body as unknown[])];
    await rows.update({ where: { id: robotics.id }, data: { body: insideTheStory } });
    const sourceless = await cms.strapi.documents(ARTICLE).create({
      data: {
        title: 'A column with no sources list',
        slug: 'a-column-with-no-sources-list',
        dek: 'A short column.',
        body: [paragraph('A column.'), closing],
      },
    });

    expect(await dropRepeatedSourcesLines(cms.strapi)).toBe(2);
    for (const row of await rows.findMany({
      where: { id: { $in: buses.map((bus: { id: number }) => bus.id) } },
      select: ['title', 'dek', 'body', 'bodyText', 'readingTimeMinutes'],
    })) {
      expect(row.body).toEqual(original);
      expect(row.bodyText).toBe(articleBodyText(original));
      expect(row.readingTimeMinutes).toBe(1);
    }
    expect((await rows.findOne({ where: { id: robotics.id }, select: ['body'] })).body).toEqual(insideTheStory);
    expect((await rows.findOne({ where: { documentId: sourceless.documentId }, select: ['body'] })).body).toHaveLength(2);
    // Run again, it finds nothing more; as a data migration it runs once per database.
    expect(await dropRepeatedSourcesLines(cms.strapi)).toBe(0);
    const run = jest.fn(async () => 1);
    const once = { name: `test-once-${Date.now()}`, describe: (changed: number) => `changed ${changed}`, run };
    await expect(runDataMigrations(cms.strapi, [once])).resolves.toEqual(['changed 1']);
    await expect(runDataMigrations(cms.strapi, [once])).resolves.toEqual([]);
    expect(run).toHaveBeenCalledTimes(1);
    await rows.update({ where: { id: robotics.id }, data: { body: robotics.body } });
    await cms.strapi.documents(ARTICLE).delete({ documentId: sourceless.documentId });
  });

  it('makes what it imported searchable at once, by text and by byline', async () => {
    const found = await client.searchArticles({ query: 'Whitcombe', pageSize: 50 });
    expect(found.pagination.total).toBeGreaterThan(0);
    for (const article of found.items) expect(article.authors.map((author) => author.name)).toContain('Ada Whitcombe');
  });

  it('creates nothing when run again: every article is skipped as already imported', async () => {
    const before = await counts();
    const report = await importArchive(cms.strapi, archive);
    expect(Object.values(report.created).flat()).toEqual([]);
    expect(report.skipped).toHaveLength(5);
    expect(report.skipped[0].reason).toMatch(
      /^“Greenhouse club grows winter greens for the cafeteria” is already in Volume 18, Issue 2 \(\/articles\//,
    );
    expect(report.reused.issues).toEqual(['Volume 18, Issue 2', 'Volume 19, Issue 4', 'Volume 19, Issue 5']);
    expect(await counts()).toEqual(before);
  });

  it('leaves nothing of a file that fails half-way (its volume, issue and author roll back) and goes on', async () => {
    const before = await counts();
    const tooLong = 'A'.repeat(250);
    const report = await importArchive(cms.strapi, [
      file('crash.txt', `VOLUME 30, ISSUE 1\nMay 2030\n${tooLong}\nBy Nobody Else\n\nText.\n`),
      file('fine.txt', 'VOLUME 19, ISSUE 5\nMarch 2025\nA second article for March\nBy Jane Doe\n\nText.\n'),
    ]);
    expect(report.failed).toEqual([{ file: 'crash.txt', message: expect.stringMatching(/title/) }]);
    expect(report.created.articles).toEqual(['Volume 19, Issue 5: A second article for March']);
    expect(await client.getVolume(30)).toBeNull();
    expect(await counts()).toEqual({ ...before, articles: before.articles + 2 }); // one article: a draft and its published version
    expect(await cms.strapi.db.query('api::author.author').findOne({ where: { slug: 'nobody-else' } })).toBeNull();
  });

  it('refuses a file whose issue exists with another cover date, also when the same run created the issue', async () => {
    const report = await importArchive(cms.strapi, [
      file('late.txt', 'Volume 19, Issue 4\nFebruary 2025\nLate piece\nBy Jane Doe\n\nText.\n'),
      file('new.txt', 'Volume 21, Issue 1\nSeptember 2026\nFirst of a new volume\nBy Jane Doe\n\nText.\n'),
      file('typo.txt', 'Volume 21, Issue 1\nOctober 2026\nA date typed wrong\nBy Jane Doe\n\nText.\n'),
    ]);
    expect(report.failed).toEqual([
      { file: 'late.txt', message: 'Volume 19, Issue 4 is already in the CMS with cover date 2025-01-01; this file says 2025-02-01' },
      { file: 'typo.txt', message: 'Volume 21, Issue 1 is already in the CMS with cover date 2026-09-01; this file says 2026-10-01' },
    ]);
  });

  it('keeps articles (and a new issue) as drafts with --draft', async () => {
    const report = await importArchive(
      cms.strapi,
      [file('draft.txt', 'Vol. 20 No. 1\nSeptember 2025\nA draft from the archive\nBy Jane Doe\n\nText.\n')],
      { draft: true },
    );
    expect(report.created.articles).toEqual(['Volume 20, Issue 1: A draft from the archive']);
    expect(await client.getIssue(20, 1)).toBeNull();
    expect((await client.listArticles({ author: 'jane-doe' })).items.map((article) => article.title)).not.toContain(
      'A draft from the archive',
    );
  });

  describe('npm run import', () => {
    const run = async (argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runImportCli(argv, {
        cwd: CMS_DIR,
        boot: async () => cms.strapi,
        shutdown: async () => {},
        stdout: (text) => (stdout += text),
        stderr: { write: (text) => (stderr += text) },
      });
      return { code, stdout, stderr };
    };

    it('prints a summary of created, reused, skipped and failed items, and exits 1 when a file failed', async () => {
      const { code, stdout } = await run([FIXTURES]);
      expect(code).toBe(1);
      expect(stdout).toMatch(/articles\s+0 created,\s+0 existing/);
      expect(stdout).toMatch(/skipped\s+5 already imported/);
      expect(stdout).toMatch(
        /failed\s+2 files \(nothing from them was written\)\n {4}tests\/fixtures\/archive\/vol19\/06-latin1\.txt:3: unreadable encoding/,
      );
    });

    it('exits 0 when every file imported or was there already, and 2 on a usage mistake', async () => {
      expect((await run([`${FIXTURES}/vol19/03-night-buses.txt`, '--dry-run'])).code).toBe(0);
      const missing = await run(['no/such/folder']);
      expect([missing.code, missing.stderr]).toEqual([2, 'no/such/folder: no such file or folder\nNo article files (.txt) to import.\n']);
      expect((await run([])).code).toBe(2);
      expect((await run(['--bogus', FIXTURES])).stderr).toMatch(/Unknown option '--bogus'/);
    });
  });
});
