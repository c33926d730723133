import { buildOpenApiDocument } from '@masthead/client/contract';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { useCms } from '../harness/cms';

/**
 * The OpenAPI document against the CMS it describes: served as generated, every documented path and parameter
 * answers, and every answer validates against the schema the document gives for it. The reference page loads its
 * own files only.
 */
const api = () => request(cms.strapi.server.httpServer);
const document = buildOpenApiDocument();

type JsonSchema = { type?: string | string[]; enum?: unknown[]; items?: JsonSchema; minimum?: number; format?: string };
type Parameter = { name: string; in: string; required?: boolean; schema: JsonSchema; style?: string; explode?: boolean };
type Operation = { parameters?: Parameter[] };
const paths = document.paths as Record<string, { get: Operation }>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'https://masthead.test/openapi.json', ...JSON.parse(JSON.stringify(document)) });
const pointer = (route: string, status: string) =>
  `https://masthead.test/openapi.json#/paths/${route.replaceAll('~', '~0').replaceAll('/', '~1')}/get/responses/${status}/content/application~1json/schema`;

function expectDocumented(route: string, status: number, body: unknown): void {
  const validate = ajv.getSchema(pointer(route, String(status)));
  if (!validate) throw new Error(`${route} documents no ${status} answer`);
  if (!validate(body))
    throw new Error(`${route} answered ${status} outside its schema:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}

const documentIds: Record<string, string> = {};

const cms = useCms({ scheduler: false });

beforeAll(async () => {
  for (const route of Object.keys(paths).filter((path) => path.endsWith('{documentId}'))) {
    const list = route.replace('/{documentId}', '');
    if (list === '/api/redirects') {
      const redirect = await cms.strapi
        .documents('api::redirect.redirect')
        .create({ data: { from: '/articles/old-slug', to: '/articles/new-slug' } });
      documentIds[list] = redirect.documentId;
    } else {
      documentIds[list] = (await api().get(`${list}?pagination[pageSize]=1`).expect(200)).body.data[0].documentId;
    }
  }
}, 180_000);

/** A value the schema accepts, as the query string carries it. */
function sampleValue(schema: JsonSchema): string {
  if (schema.enum) return String(schema.enum[0]);
  if (schema.type === 'array') return sampleValue(schema.items!);
  if (schema.type === 'integer') return String(Math.max(schema.minimum ?? 1, 1));
  if (schema.type === 'boolean') return 'false';
  if (schema.format === 'date') return '2025-01-06';
  if (schema.format === 'date-time') return '2025-01-06T07:00:00Z';
  return 'school';
}

function urlOf(route: string, parameter?: Parameter): string {
  const path = route.replace('{documentId}', documentIds[route.replace('/{documentId}', '')] ?? '');
  const required = (paths[route].get.parameters ?? []).filter((candidate) => candidate.required && candidate.in === 'query');
  const query = [...required, ...(parameter && !parameter.required ? [parameter] : [])]
    .map((candidate) => `${candidate.name}=${encodeURIComponent(sampleValue(candidate.schema))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

const cases = Object.entries(paths).flatMap(([route, { get }]) => [
  [route, 'no parameter', undefined] as const,
  ...(get.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => [route, parameter.name, parameter] as const),
]);

describe('every documented path and parameter', () => {
  it.each(cases)('%s with %s answers 200 within its documented schema', async (route, _name, parameter) => {
    const response = await api().get(urlOf(route, parameter));
    if (response.status !== 200) throw new Error(`${urlOf(route, parameter)} answered ${response.status}: ${response.text.slice(0, 300)}`);
    expectDocumented(route, 200, response.body);
  });

  it('documents the errors as they come: a refused query, a missing document', async () => {
    const refused = await api().get('/api/articles?filters[nope][$eq]=1').expect(400);
    expectDocumented('/api/articles', 400, refused.body);
    const missing = await api().get('/api/articles/no-such-document').expect(404);
    const validate = ajv.getSchema(
      'https://masthead.test/openapi.json#/paths/~1api~1articles~1{documentId}/get/responses/404/content/application~1json/schema',
    )!;
    expect(validate(missing.body)).toBe(true);
  });
});

describe('the document and its reference page', () => {
  it('serves the generated document at /api/openapi.json', async () => {
    const response = await api().get('/api/openapi.json').expect(200);
    expect(response.body).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('serves a reference page that loads only its own scripts and styles', async () => {
    const page = await api().get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual([
      '/api/docs/swagger-ui.css',
      '/api/docs/reference.css',
      '/api/docs/swagger-ui-bundle.js',
      '/api/docs/reference.js',
    ]);
    expect(page.text).not.toMatch(/<script>/);
    for (const asset of assets) {
      const response = await api().get(asset).expect(200);
      expect(response.headers['content-type']).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
    }
  });

  it.each(['index.html', 'package.json', '..%2Fpackage.json', '..%2F..%2Fpackage.json', 'swagger-ui-bundle.js.map'])(
    'serves no other file: /api/docs/%s is a 404',
    async (name) => {
      await api().get(`/api/docs/${name}`).expect(404);
    },
  );
});
