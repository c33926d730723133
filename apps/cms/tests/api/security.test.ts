import sharp from 'sharp';
import request from 'supertest';
import { useCms } from '../harness/cms';
import { sample } from '../harness/sample-facts';
import { maxPageSize } from '../harness/page-size';

/**
 * The public API against the ways Strapi APIs are attacked in the wild (modelled on published Strapi advisories):
 * drafts and private fields through every parameter, query amplification, writes with read tokens, hostile uploads,
 * cross-origin reads, and the headers every response carries.
 */
const api = () => request(cms.strapi.server.httpServer);
const ALLOWED_ORIGIN = 'https://app.masthead.test';
const TYPES = ['articles', 'issues', 'volumes', 'authors', 'sources', 'sections', 'tags'];

const cms = useCms({ corsOrigins: [ALLOWED_ORIGIN] });

const documentIds = (body: { data?: Array<{ documentId: string }> }) => (body.data ?? []).map((item) => item.documentId).sort();

async function createToken(name: string, type: 'read-only' | 'custom' | 'full-access', permissions?: string[]): Promise<string> {
  const token = await cms.strapi.service('admin::api-token-content-api').create({ name, type, lifespan: null, permissions });
  return token.accessKey as string;
}

describe('no draft through any door', () => {
  const draftSlugs = () => sample.draftArticles.map((article) => article.slug);

  it.each([
    'status=draft',
    'status=DRAFT',
    'status[0]=draft',
    'status=modified',
    'status=',
    'publicationState=preview',
    'filters[publishedAt][$null]=true',
    'filters[$or][0][publishedAt][$null]=true&filters[$or][1][slug][$notNull]=true',
  ])('GET /api/articles?%s shows published articles only', async (query) => {
    const response = await api().get(`/api/articles?${query}&pagination[pageSize]=100`);
    if (response.status !== 200) {
      expect(response.status).toBe(400);
      return;
    }
    const slugs = response.body.data.map((article: { slug: string }) => article.slug);
    for (const draft of draftSlugs()) expect(slugs).not.toContain(draft);
    for (const article of response.body.data) expect(article.publishedAt).not.toBeNull();
  });

  it('shows no draft issue through an article, however populate is asked for', async () => {
    const draftIssue = sample.draftIssues[0];
    for (const query of ['populate=*', 'populate[issue]=*', 'populate[issue][populate]=*', 'status=draft&populate[issue]=*']) {
      const response = await api().get(`/api/articles?${query}&pagination[pageSize]=100`).expect(200);
      for (const article of response.body.data) {
        if (article.issue)
          expect(`${article.issue.volume?.number}/${article.issue.number}`).not.toBe(`${draftIssue.volume}/${draftIssue.number}`);
      }
    }
  });

  it('finds no draft with the search or by documentId', async () => {
    const [draft] = sample.draftArticles;
    const search = await api()
      .get(`/api/search?q=${encodeURIComponent(draft.title)}`)
      .expect(200);
    expect(search.body.data.map((article: { slug: string }) => article.slug)).not.toContain(draft.slug);
    const stored = await cms.strapi.documents('api::article.article').findFirst({ filters: { slug: draft.slug }, status: 'draft' });
    await api().get(`/api/articles/${stored!.documentId}?status=draft`).expect(404);
  });
});

describe('no private field through any door', () => {
  const probes = (type: string) => [
    `/api/${type}?filters[createdBy][password][$startsWith]=$2`,
    `/api/${type}?filters[createdBy][email][$startsWith]=a`,
    `/api/${type}?filters[updatedBy][resetPasswordToken][$notNull]=true`,
    `/api/${type}?filters[$or][0][createdBy][id][$eq]=1&filters[$or][1][createdBy][id][$ne]=1`,
    `/api/${type}?sort[updatedBy][email]=asc`,
    `/api/${type}?sort=createdBy.email:desc`,
  ];

  it.each(TYPES)('/api/%s answers a filter or sort on an admin user with 400 or the unfiltered result, never a subset', async (type) => {
    const unfiltered = documentIds(
      (
        await api()
          .get(`/api/${type}?pagination[pageSize]=${maxPageSize(type)}`)
          .expect(200)
      ).body,
    );
    for (const probe of probes(type)) {
      const response = await api().get(`${probe}&pagination[pageSize]=${maxPageSize(type)}`);
      expect({ probe, status: response.status }).toEqual({ probe, status: response.status === 400 ? 400 : 200 });
      if (response.status === 200) expect({ probe, ids: documentIds(response.body) }).toEqual({ probe, ids: unfiltered });
    }
  });

  it.each(TYPES)('/api/%s never returns createdBy, updatedBy or an email', async (type) => {
    for (const query of [
      'populate=*',
      'populate[createdBy]=*',
      'populate[updatedBy][fields][0]=email',
      'fields[0]=createdBy',
      'populate[0]=createdBy&populate[1]=updatedBy',
    ]) {
      const response = await api().get(`/api/${type}?${query}`);
      expect([200, 400]).toContain(response.status);
      expect(response.text).not.toMatch(/"(createdBy|updatedBy|email|password|resetPasswordToken)"\s*:/);
      for (const email of sample.authorEmails) expect(response.text).not.toContain(email);
    }
  });

  it('keeps internal article fields (search text, schedule reports) to itself', async () => {
    for (const query of [
      'fields[0]=bodyText&fields[1]=title',
      'fields[0]=scheduleError',
      'fields[0]=scheduleDone',
      'filters[scheduleDone][$notNull]=true',
      'filters[bodyText][$containsi]=a',
      'sort=scheduleError:asc',
    ]) {
      const response = await api().get(`/api/articles?${query}`);
      expect([200, 400]).toContain(response.status);
      expect(response.text).not.toMatch(/"(bodyText|scheduleError|scheduleDone)"\s*:/);
    }
  });
});

describe('query amplification', () => {
  it('caps the page size at 100, also through the start/limit form', async () => {
    for (const query of ['pagination[pageSize]=100000', 'pagination[limit]=100000', 'pagination[start]=0&pagination[limit]=-1']) {
      const response = await api().get(`/api/articles?${query}`);
      if (response.status === 200) expect(response.body.data.length).toBeLessThanOrEqual(100);
      else expect(response.status).toBe(400);
    }
  });

  it('refuses a populate of more than 100 entries', async () => {
    const wide = Array.from({ length: 150 }, (_, index) => `populate[${index}]=authors`).join('&');
    const response = await api().get(`/api/articles?${wide}`).expect(400);
    expect(response.body.error.message).toMatch(/populate may name at most 100/);
  });

  it('refuses a deep populate chain', async () => {
    const deep = 'populate[issue][populate][articles][populate][issue][populate][articles][populate][issue][populate][articles]=*';
    await api().get(`/api/articles?${deep}`).expect(400);
  });

  it('still answers an ordinary populate (ignored: each type returns its curated relations)', async () => {
    const plain = await api().get('/api/articles?pagination[pageSize]=5').expect(200);
    const populated = await api().get('/api/articles?populate=*&pagination[pageSize]=5').expect(200);
    expect(populated.body).toEqual(plain.body);
  });
});

describe('API tokens for other apps', () => {
  it('read with a custom token limited to find and findOne, and cannot write', async () => {
    const token = await createToken('Reader app', 'custom', ['api::article.article.find', 'api::article.article.findOne']);
    const auth = { Authorization: `Bearer ${token}` };
    const list = await api().get('/api/articles').set(auth).expect(200);
    const [first] = list.body.data;
    await api().get(`/api/articles/${first.documentId}`).set(auth).expect(200);
    await api().get('/api/authors').set(auth).expect(403);
    await api()
      .post('/api/articles')
      .set(auth)
      .send({ data: { title: 'x' } })
      .expect(403);
    await api()
      .put(`/api/articles/${first.documentId}`)
      .set(auth)
      .send({ data: { title: 'x' } })
      .expect(403);
    await api().delete(`/api/articles/${first.documentId}`).set(auth).expect(403);
  });

  it('cannot write with a read-only token either', async () => {
    const auth = { Authorization: `Bearer ${await createToken('Read-only app', 'read-only')}` };
    await api().get('/api/articles').set(auth).expect(200);
    for (const type of TYPES)
      await api()
        .post(`/api/${type}`)
        .set(auth)
        .send({ data: { name: 'x' } })
        .expect(403);
    await api().post('/api/upload').set(auth).attach('files', Buffer.from('\xff\xd8\xff'), 'photo.jpg').expect(403);
  });
});

describe('read tokens read what readers read', () => {
  const PRIVATE_READS = [
    '/api/users',
    '/api/users/1',
    '/api/upload/files',
    '/api/upload/files/1',
    '/api/users-permissions/roles',
    '/api/users-permissions/permissions',
  ];

  it.each(TYPES)('a read-only token gets exactly the anonymous /api/%s', async (type) => {
    const auth = { Authorization: `Bearer ${await createToken(`Mirror ${type}`, 'read-only')}` };
    const anonymous = await api()
      .get(`/api/${type}?pagination[pageSize]=${maxPageSize(type)}`)
      .expect(200);
    const withToken = await api()
      .get(`/api/${type}?pagination[pageSize]=${maxPageSize(type)}&status=draft`)
      .set(auth)
      .expect(200);
    expect(withToken.body).toEqual(anonymous.body);
  });

  it('no read token reaches users, roles, permissions or the upload library', async () => {
    const readOnly = await createToken('Read-only prober', 'read-only');
    const custom = await createToken('Custom prober', 'custom', [
      'plugin::users-permissions.user.find',
      'plugin::users-permissions.user.findOne',
      'plugin::users-permissions.role.find',
      'plugin::upload.content-api.find',
      'plugin::upload.content-api.findOne',
    ]);
    for (const token of [readOnly, custom]) {
      for (const path of PRIVATE_READS) {
        const response = await api().get(path).set('Authorization', `Bearer ${token}`);
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
        expect(response.text).not.toMatch(/"email"|"mime"|"hash"/);
      }
    }
    for (const path of PRIVATE_READS) expect({ path, status: (await api().get(path)).status }).toEqual({ path, status: 403 });
  });

  it('a full-access token still manages them', async () => {
    const auth = { Authorization: `Bearer ${await createToken('Operator', 'full-access')}` };
    await api().get('/api/upload/files').set(auth).expect(200);
    await api().get('/api/users-permissions/roles').set(auth).expect(200);
  });
});

describe('uploads', () => {
  const hostile = [
    ['page.html', 'text/html', '<html><body><script>alert(document.cookie)</script></body></html>'],
    [
      'drawing.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><script>alert(1)</script></svg>',
    ],
  ] as const;

  it.each(hostile)('refuses %s from the public', async (name, contentType, content) => {
    await api().post('/api/upload').attach('files', Buffer.from(content), { filename: name, contentType }).expect(403);
  });

  it.each(hostile)('refuses %s even with a full-access token', async (name, contentType, content) => {
    const auth = { Authorization: `Bearer ${await createToken(`Uploader ${name}`, 'full-access')}` };
    const response = await api().post('/api/upload').set(auth).attach('files', Buffer.from(content), { filename: name, contentType });
    expect(response.status).toBe(400);
    const stored = await cms.strapi.db.query('plugin::upload.file').findMany({ where: { name } });
    expect(stored).toEqual([]);
  });

  const disguised = [
    [
      'HTML named .jpg',
      'cover.jpg',
      'image/jpeg',
      () => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
      /cover\.jpg is not a readable JPEG image/,
    ],
    [
      'JavaScript named .png',
      'chart.png',
      'image/png',
      () => Buffer.from('fetch("/admin").then((r) => r.text()).then(alert)'),
      /chart\.png is not a readable PNG image/,
    ],
    [
      'HTML named .pdf',
      'print-edition.pdf',
      'application/pdf',
      () => Buffer.from('<html><script>alert(1)</script></html>'),
      /print-edition\.pdf is not a PDF/,
    ],
    [
      'a JPEG header over HTML',
      'header.jpg',
      'image/jpeg',
      () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<script>alert(1)</script>')]),
      /header\.jpg is not a readable JPEG image/,
    ],
    [
      'a PNG named .jpg',
      'mislabelled.jpg',
      'image/jpeg',
      () =>
        sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
          .png()
          .toBuffer(),
      /mislabelled\.jpg is named as a JPEG image but is a PNG image/,
    ],
  ] as const;

  it.each(disguised)(
    'refuses %s with a message saying what it is, and stores nothing',
    async (_name, name, contentType, content, message) => {
      const auth = { Authorization: `Bearer ${await createToken(`Disguised ${name}`, 'full-access')}` };
      const response = await api()
        .post('/api/upload')
        .set(auth)
        .attach('files', await content(), { filename: name, contentType });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect(await cms.strapi.db.query('plugin::upload.file').findMany({ where: { name } })).toEqual([]);
    },
  );

  it.each([
    [
      'a JPEG',
      'photo.jpg',
      'image/jpeg',
      () =>
        sharp({ create: { width: 8, height: 6, channels: 3, background: '#369' } })
          .jpeg()
          .toBuffer(),
    ],
    [
      'a WebP',
      'photo.webp',
      'image/webp',
      () =>
        sharp({ create: { width: 8, height: 6, channels: 3, background: '#369' } })
          .webp()
          .toBuffer(),
    ],
    ['a PDF', 'edition.pdf', 'application/pdf', async () => Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')],
  ])('stores %s that is what its name says', async (_name, name, contentType, content) => {
    const auth = { Authorization: `Bearer ${await createToken(`Genuine ${name}`, 'full-access')}` };
    const response = await api()
      .post('/api/upload')
      .set(auth)
      .attach('files', await content(), { filename: name, contentType });
    expect(response.body.error).toBeUndefined();
    expect(response.status).toBe(201);
  });
});

describe('cross-origin reads', () => {
  it('are allowed for the configured origins only', async () => {
    const allowed = await api().get('/api/sections').set('Origin', ALLOWED_ORIGIN).expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);

    const other = await api().get('/api/sections').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();

    const preflight = await api()
      .options('/api/articles')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('response headers of the CMS', () => {
  it.each(['/api/articles', '/admin', '/uploads/nothing-here.jpg'])(
    '%s carries nosniff, HSTS, frame protection and no X-Powered-By',
    async (path) => {
      const response = await api().get(path);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
      expect(response.headers['x-powered-by']).toBeUndefined();
    },
  );
});
