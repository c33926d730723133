import path from 'node:path';
import request from 'supertest';
import { useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';

/**
 * The public types' controllers sanitise their output with `src/public-api/output-sanitizer.ts` in place of Strapi's
 * `contentAPI.sanitize.output`. Every call it gets while real requests are answered is replayed through Strapi's
 * own sanitiser: the two must agree exactly, for anonymous readers and for API tokens, and for a caller that may
 * not read a relation's target.
 */

// The module the CMS runs (compiled in dist/ by the global setup), by its path: hence require, not import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { outputSanitizer } = require(path.resolve(__dirname, '..', '..', 'dist', 'src', 'public-api', 'output-sanitizer.js'));
const PUBLIC_TYPES = ['article', 'issue', 'volume', 'author', 'source', 'section', 'tag'].map((name) => `api::${name}.${name}`);

type Sanitize = (data: unknown, uid: string, auth: unknown) => Promise<unknown>;
interface Call {
  data: unknown;
  uid: string;
  auth: unknown;
  result: unknown;
}

let calls: Call[] = [];
const api = () => request(cms.strapi.server.httpServer);

// No response cache: every request must reach the controllers.
const cms = useCms({ responseCache: 'off' });

beforeAll(async () => {
  // Each public controller's own `sanitizeOutput`, recorded: what it was given and what it answered.
  for (const uid of PUBLIC_TYPES) {
    const controller = cms.strapi.controller(uid as never) as unknown as {
      sanitizeOutput: (data: unknown, ctx: { state: { auth?: unknown } }) => Promise<unknown>;
    };
    const sanitize = controller.sanitizeOutput.bind(controller);
    controller.sanitizeOutput = async (data, ctx) => {
      const input = structuredClone(data);
      const result = await sanitize(data, ctx);
      calls.push({ data: input, uid, auth: ctx.state.auth, result });
      return result;
    };
  }
}, 180_000);

const strapiSanitized = (call: Pick<Call, 'data' | 'uid' | 'auth'>) =>
  cms.strapi.contentAPI.sanitize.output(call.data as never, cms.strapi.contentType(call.uid as never), { auth: call.auth } as never);

const article = sample.liveArticles[0];
const READS = [
  '/api/articles?pagination[pageSize]=100',
  `/api/articles?filters[slug][$eq]=${article.slug}`,
  '/api/issues?pagination[pageSize]=10',
  '/api/volumes',
  '/api/authors?pagination[pageSize]=100',
  '/api/sources',
  '/api/sections',
  '/api/tags',
  '/api/search?q=school',
];

/** Answers each read with `headers`, then holds every sanitiser call it made to Strapi's output for the same input. */
async function expectSameAsStrapi(headers: Record<string, string>) {
  calls = [];
  for (const read of READS) await api().get(read).set(headers).expect(200);
  expect(calls.map((call) => call.uid)).toEqual(expect.arrayContaining(['api::article.article', 'api::issue.issue', 'api::tag.tag']));
  for (const call of calls) expect(call.result).toEqual(await strapiSanitized(call));
  return calls;
}

describe('the compiled output sanitiser', () => {
  it('answers anonymous readers exactly as Strapi’s sanitiser, private fields removed', async () => {
    const made = await expectSameAsStrapi({});
    const articles = made.find((call) => call.uid === 'api::article.article' && Array.isArray(call.data))!;
    // The private columns the list read (every column of the article; private relations are not populated).
    const read = Object.keys((articles.data as object[])[0]);
    const privateFields = Object.entries(cms.strapi.contentType('api::article.article').attributes)
      .filter(([name, attribute]) => (attribute as { private?: boolean }).private && read.includes(name))
      .map(([name]) => name);
    expect(privateFields).toContain('bodyText');
    for (const row of articles.result as object[]) for (const field of privateFields) expect(row).not.toHaveProperty(field);
  });

  it('answers a read-only API token exactly as Strapi’s sanitiser', async () => {
    const token = await cms.strapi
      .service('admin::api-token-content-api')
      .create({ name: 'sanitiser reader', type: 'read-only', lifespan: null });
    await expectSameAsStrapi({ Authorization: `Bearer ${token.accessKey}` });
  });

  it('drops a relation whose target the caller may not read, as Strapi does', async () => {
    calls = [];
    await api().get('/api/articles?pagination[pageSize]=100').expect(200);
    const withTags = calls[0];
    expect((withTags.data as Array<{ tags: unknown[] }>).some((row) => row.tags.length > 0)).toBe(true);

    const permissions = cms.strapi.db.query('plugin::users-permissions.permission');
    const tagFind = await permissions.findOne({ where: { action: 'api::tag.tag.find', role: { type: 'public' } }, populate: ['role'] });
    await permissions.delete({ where: { id: tagFind.id } });
    try {
      // An anonymous caller as the CMS now sees one: no right to read tags.
      calls = [];
      await api().get('/api/sections').expect(200);
      const { auth } = calls[0];
      const ours: Sanitize = outputSanitizer.of(cms.strapi);
      const result = (await ours(withTags.data, 'api::article.article', auth)) as object[];
      for (const row of result) expect(row).not.toHaveProperty('tags');
      expect(result).toEqual(await strapiSanitized({ data: withTags.data, uid: 'api::article.article', auth }));
    } finally {
      await permissions.create({ data: { action: 'api::tag.tag.find', role: tagFind.role.id } });
    }
  });

  it('applies users-permissions’ rule (a role never lists its users) and Strapi’s rules on media, as Strapi does', async () => {
    calls = [];
    await api().get('/api/sections').expect(200);
    const { auth } = calls[0];
    const ours: Sanitize = outputSanitizer.of(cms.strapi);
    const role = { id: 1, name: 'Public', type: 'public', users: [{ id: 3, username: 'reader', email: 'reader@example.test' }] };
    const ourRole = await ours(role, 'plugin::users-permissions.role', auth);
    expect(ourRole).not.toHaveProperty('users');
    expect(ourRole).toEqual(await strapiSanitized({ data: role, uid: 'plugin::users-permissions.role', auth }));
    const file = {
      id: 7,
      name: 'cover.jpg',
      url: '/uploads/cover.jpg',
      related: [{ id: 1, __type: 'api::article.article', title: 'A' }],
      folderPath: '/1',
    };
    expect(await ours(file, 'plugin::upload.file', auth)).toEqual(await strapiSanitized({ data: file, uid: 'plugin::upload.file', auth }));
  });
});
