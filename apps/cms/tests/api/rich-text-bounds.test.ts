import request from 'supertest';
import { markdownToBlocks } from '../../src/content/markdown-to-blocks';
import { RICH_TEXT_LIMITS } from '../../src/content/rich-text-bounds';
import { TEST_ADMIN, useCms } from '../harness/cms';

/**
 * Rich text out of bounds — nested past the limit, too large, images from a scheme no reader should load — is a
 * 400 naming the field and the limit on every write path, and the stored article is left as it was.
 */
let token: string;
let adminToken: string;
const api = () => request(cms.strapi.server.httpServer);
const ARTICLE = 'api::article.article';
const articles = () => cms.strapi.documents(ARTICLE);

const cms = useCms({ seed: false, scheduler: false });

beforeAll(async () => {
  token = (await cms.strapi.service('admin::api-token').create({ name: 'rich-text test', type: 'full-access', lifespan: null })).accessKey;
  adminToken = (await api().post('/admin/login').send(TEST_ADMIN).expect(200)).body.data.token;
}, 180_000);

const text = (value: string) => ({ type: 'text', text: value });
/** A list nested `depth` lists deep (3,000 was a 500). */
function nestedList(depth: number): unknown {
  let node: unknown = { type: 'list-item', children: [text('deepest')] };
  for (let level = 0; level < depth; level += 1) node = { type: 'list', format: 'unordered', children: [node] };
  return node;
}
const image = (url: string) => ({
  type: 'image',
  image: {
    url,
    name: 'x.jpg',
    alternativeText: 'x',
    width: 10,
    height: 10,
    hash: 'x',
    ext: '.jpg',
    mime: 'image/jpeg',
    size: 1,
    provider: 'local',
    createdAt: '2025-01-06T07:00:00.000Z',
    updatedAt: '2025-01-06T07:00:00.000Z',
  },
  children: [text('')],
});
const link = (url: string) => ({ type: 'paragraph', children: [{ type: 'link', url, children: [text('here')] }] });

const HOSTILE: Array<[string, unknown[], RegExp]> = [
  ['lists nested 500 deep', [nestedList(500)], new RegExp(`body nests deeper than ${RICH_TEXT_LIMITS.maxDepth} levels`)],
  ['lists nested one level past the limit', [nestedList(RICH_TEXT_LIMITS.maxDepth)], /nests deeper than/],
  [
    'a body over half a megabyte',
    Array.from({ length: 60 }, () => ({ type: 'paragraph', children: [text('x'.repeat(10_000))] })),
    /body is 60\d,\d{3} bytes; rich text may be at most 500,000/,
  ],
  [
    'more elements than the limit',
    [{ type: 'paragraph', children: Array.from({ length: RICH_TEXT_LIMITS.maxNodes }, () => text('a')) }],
    /more than 10,000 elements/,
  ],
  ['a javascript: image', [image('javascript:alert(1)')], /An image in body must come from the media library or an http\(s\) address/],
  ['a data: image', [image('data:image/svg+xml,<svg onload=alert(1)>')], /An image in body/],
  ['a protocol-relative image', [image('//evil.example/x.jpg')], /An image in body/],
];

describe('rich text out of bounds', () => {
  it.each(HOSTILE)('is refused with a 400 naming the limit over REST with a token: %s', async (_name, body, message) => {
    const response = await api()
      .post('/api/articles?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Out of bounds', dek: 'A dek.', body } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(response.body.error.details.path).toEqual(['body']);
    expect(await articles().count({ filters: { title: 'Out of bounds' } } as never)).toBe(0);
  });

  it.each(HOSTILE.slice(0, 5))('is refused in the admin, and the stored article keeps its body: %s', async (_name, body, message) => {
    const kept = markdownToBlocks('The body as it was.');
    const article = await articles().create({ data: { title: 'Kept body', dek: 'A dek.', body: kept } as never });
    const response = await api()
      .put(`/content-manager/collection-types/${ARTICLE}/${article.documentId}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ title: 'Kept body', dek: 'A dek.', body });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    const stored = await articles().findOne({ documentId: article.documentId });
    expect(stored?.body).toEqual(kept);
    await articles().delete({ documentId: article.documentId });
  });

  it('is refused when written through the document service, as the importer and the scheduler write: 3,000 deep', async () => {
    await expect(articles().create({ data: { title: 'Imported', dek: 'A dek.', body: [nestedList(3000)] } as never })).rejects.toThrow(
      /body nests deeper than 16 levels/,
    );
    expect(await articles().count({ filters: { title: 'Imported' } } as never)).toBe(0);
  });

  it('is refused on the issue’s editor’s note too: every blocks field of every type', async () => {
    await expect(
      cms.strapi
        .documents('api::issue.issue')
        .create({ data: { number: 7, coverDate: '2031-01-01', editorsNote: [nestedList(100)] } as never }),
    ).rejects.toThrow(/editorsNote nests deeper/);
  });
});

describe('rich text within bounds', () => {
  it.each([
    ['lists nested to the limit', [nestedList(RICH_TEXT_LIMITS.maxDepth - 2)]],
    ['a media-library image', [image('/uploads/cover_abc123.jpg')]],
    ['an image on the web', [image('https://images.example.org/cover.jpg')]],
    [
      'http, mailto, tel and site links',
      [link('https://example.org/a?b=c'), link('mailto:desk@ledger.example'), link('tel:+15551234567'), link('/articles/night-buses')],
    ],
  ])('is saved as written: %s', async (_name, body) => {
    const response = await api()
      .post('/api/articles?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Within bounds', dek: 'A dek.', body } });
    expect(response.body.error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(response.body.data.body).toEqual(body);
  });
});
