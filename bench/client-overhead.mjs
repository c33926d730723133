#!/usr/bin/env node
// What @masthead/client costs on top of a bare `fetch` + `JSON.parse`, for realistic responses: an issue with a
// 12-article table of contents (getIssue) and a page of 20 articles with their relations (listArticles).
// Both are served by one local HTTP server in this process, so network and server cost are identical; the two
// variants alternate call by call and each is summarised by its median, so machine noise hits both alike. Run: `npm run bench:client` (after build).
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createClient, issueSchema, articleListItemSchema } from '@masthead/client';

const CALLS = Number(process.env.CALLS ?? 3000);

const image = (name) => ({
  id: 1,
  documentId: `img-${name}`,
  url: `/uploads/${name}.jpg`,
  alternativeText: `A photo for ${name}`,
  width: 1600,
  height: 1000,
  mime: 'image/jpeg',
  formats: Object.fromEntries(
    ['thumbnail', 'small', 'medium', 'large'].map((f, i) => [
      f,
      {
        url: `/uploads/${f}_${name}.jpg`,
        width: 250 * (i + 1),
        height: 156 * (i + 1),
        mime: 'image/jpeg',
        size: 12.3,
        name: `${f}_${name}.jpg`,
        hash: `${f}_${name}`,
        ext: '.jpg',
        path: null,
      },
    ]),
  ),
});
const figure = (name) => ({
  id: 1,
  image: image(name),
  alt: `What the photo for ${name} shows, in a full sentence.`,
  caption: 'The newsroom at deadline.',
  credit: 'Staff photographer',
});
const byline = (i) => ({ id: i, documentId: `au${i}`, name: `Writer Number${i}`, slug: `writer-number${i}`, role: 'Staff Writer' });
const volume = { id: 2, documentId: 'vol19', number: 19, startYear: 2024, endYear: 2025, title: null };
const date = (i) => new Date(Date.UTC(2025, 0, 1 + i, 13)).toISOString();

const listItem = (i) => ({
  id: i,
  documentId: `art${i}`,
  title: `A headline of realistic length for article number ${i}`,
  slug: `article-${i}`,
  dek: 'One sentence that sums the article up for the table of contents, search results and the feed readers.',
  position: (i % 12) + 1,
  readingTimeMinutes: 4,
  firstPublishedAt: date(i),
  publishedAt: date(i),
  updatedAt: date(i),
  createdAt: date(i),
  locale: null,
  authors: [
    { ...byline(i), avatar: image(`au${i}`) },
    { ...byline(i + 1), avatar: null },
  ],
  issue: { id: 3, documentId: 'iss3', number: 3, coverDate: '2025-01-01', title: 'Winter', volume },
  section: { id: 1, documentId: 'sec1', name: 'Campus', slug: 'campus' },
  tags: [1, 2, 3].map((t) => ({ id: t, documentId: `tag${t}`, name: `tag ${t}`, slug: `tag-${t}` })),
  cover: figure(`art${i}`),
  citations: [1, 2, 3, 4].map((c) => ({
    id: c,
    source: { id: c, documentId: `src${c}`, name: `Outlet ${c}`, slug: `outlet-${c}`, homepageUrl: `https://outlet${c}.example.org` },
    url: `https://outlet${c}.example.org/news/${i}`,
    pageTitle: `A cited page ${c}`,
    accessedOn: '2024-12-20',
  })),
});

const paragraph = (n) => ({
  type: 'paragraph',
  children: [
    { type: 'text', text: 'Words of a realistic paragraph '.repeat(n) },
    { type: 'text', text: 'bold', bold: true },
  ],
});
const issue = {
  id: 3,
  documentId: 'iss3',
  label: 'Volume 19, Issue 3 · January 2025',
  number: 3,
  coverDate: '2025-01-01',
  title: 'Winter',
  cover: figure('iss3'),
  editorsNote: [paragraph(12), paragraph(10)],
  volume,
  publishedAt: date(0),
  updatedAt: date(0),
  createdAt: date(0),
  locale: null,
  articles: Array.from({ length: 12 }, (_, i) => {
    const { authors, section, cover, ...rest } = listItem(i);
    const { issue: _issue, tags: _tags, citations: _citations, publishedAt: _p, updatedAt: _u, createdAt: _c, locale: _l, ...toc } = rest;
    return { ...toc, authors: authors.map(({ avatar: _a, ...b }) => b), section, cover };
  }),
};
const meta = (total) => ({ pagination: { page: 1, pageSize: 20, pageCount: Math.ceil(total / 20), total } });
const responses = {
  '/api/issues': JSON.stringify({ data: [issue], meta: meta(1) }),
  '/api/articles': JSON.stringify({ data: Array.from({ length: 20 }, (_, i) => listItem(i)), meta: meta(240) }),
};

const server = createServer((req, res) => {
  const body = responses[new URL(req.url, 'http://x').pathname];
  res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body ?? '') });
  res.end(body ?? '');
});
// CMS_URL=http://localhost:1337 measures against a running CMS instead (the sample publication or your own).
const target = process.env.CMS_URL;
if (!target) await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = target ?? `http://127.0.0.1:${server.address().port}`;
// The raw variant sends exactly the request the client sends (same URL, same headers), recorded from the client's
// first call, so the difference between the two is the client's own work: query building, validation, mapping.
const recorded = {};
const recordingFetch = (url, init) => {
  recorded[new URL(url).pathname] ??= { url, headers: Object.fromEntries(init.headers) };
  return fetch(url, init);
};
const cms = createClient({ baseUrl, retries: 0, fetch: recordingFetch });
const rawFetch = (path) => () => {
  const c = new AbortController();
  const t = setTimeout(() => c.abort(), 5000);
  return fetch(recorded[path].url, { headers: recorded[path].headers, signal: c.signal })
    .then((r) => r.json())
    .finally(() => clearTimeout(t));
};

const latest = target ? await cms.getLatestIssue() : { volume: { number: 19 }, number: 3 };
for (const key of Object.keys(recorded)) delete recorded[key]; // record the benchmarked calls, not this lookup
const cases = [
  {
    name: `getIssue (${target ? 'latest issue' : '12-article TOC'})`,
    key: '/api/issues',
    client: () => cms.getIssue(latest.volume.number, latest.number),
    schema: issueSchema,
  },
  { name: 'listArticles (20 per page)', key: '/api/articles', client: () => cms.listArticles(), schema: articleListItemSchema },
];
for (const c of cases) await c.client();
for (const c of cases) {
  c.raw = rawFetch(c.key);
  // The bytes the raw variant receives are what the CPU-only comparison parses.
  responses[c.key] = target ? await fetch(recorded[c.key].url).then((r) => r.text()) : responses[c.key];
  c.bytes = Buffer.byteLength(responses[c.key]);
}

/** Median duration of one call, measured per call with the two variants alternating call by call (ABAB…). */
async function alternate(a, b, calls) {
  const timesA = [],
    timesB = [];
  for (let i = 0; i < calls; i += 1) {
    for (const [fn, times] of i % 2
      ? [
          [a, timesA],
          [b, timesB],
        ]
      : [
          [b, timesB],
          [a, timesA],
        ]) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
  }
  return [median(timesA), median(timesB)];
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;

console.log(
  `node ${process.version}; ${target ? `against ${target}` : 'in-process server'}; ${CALLS} calls per variant, alternating call by call; medians\n`,
);
console.log('| response | size | fetch + JSON.parse | client | added | of which schema validation (CPU only) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const c of cases) {
  for (let i = 0; i < 200; i += 1) {
    await c.raw();
    await c.client();
  } // warm up the JIT and keep-alive sockets
  const [raw, client] = await alternate(c.raw, c.client, CALLS);
  // CPU only, no network: JSON.parse with and without the schema, to show where the added time goes.
  const text = responses[c.key];
  const [parse, validate] = await alternate(
    async () => JSON.parse(text),
    async () => {
      for (const item of JSON.parse(text).data) c.schema.parse(item);
    },
    CALLS,
  );
  console.log(
    `| ${c.name} | ${(c.bytes / 1024).toFixed(1)} KiB | ${us(raw)} | ${us(client)} | ${(((client - raw) / raw) * 100).toFixed(1)} % | ${us(validate - parse)} |`,
  );
}
if (!target) server.close();
