import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument, filterParameterName } from '../openapi';
import { publicCollections, publicSingles, type CollectionContract, type FilterOperator } from '../public-query';

const COMMITTED = path.resolve(__dirname, '..', '..', '..', '..', '..', 'docs', 'openapi.json');
const document = buildOpenApiDocument();
const collections = Object.values(publicCollections) as CollectionContract[];

type Operation = { parameters: Array<{ name: string; in: string }> };
const operation = (route: string) => (document.paths as Record<string, { get: Operation }>)[route].get;

describe('the OpenAPI document of the public read API', () => {
  it('is a valid OpenAPI 3.1 document, by @seriousme/openapi-schema-validator', () => {
    // The validator is an ES module, which jest's CommonJS runtime cannot load: it checks the committed copy in a
    // child process, and the next test holds that copy equal to this document.
    const check = `
      import { Validator } from '@seriousme/openapi-schema-validator';
      const validator = new Validator();
      const result = await validator.validate(process.argv[1]);
      console.log(JSON.stringify({ valid: result.valid, errors: result.errors ?? [], version: validator.version }));`;
    const output = execFileSync('node', ['--input-type=module', '-e', check, COMMITTED], { cwd: __dirname, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ valid: true, errors: [], version: '3.1' });
  });

  it('is the committed docs/openapi.json (run `npm run openapi -w @masthead/client` after changing the contract)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it.each(collections.map((collection) => [collection.path, collection] as const))(
    'documents exactly the filters /api/%s accepts, no more and no fewer',
    (_path, collection) => {
      const declared = Object.entries(collection.filters).flatMap(([attribute, rule]) =>
        rule.operators.map((operator: FilterOperator) => filterParameterName(attribute, operator)),
      );
      const documented = operation(`/api/${collection.path}`)
        .parameters.filter((parameter) => parameter.name.startsWith('filters['))
        .map((parameter) => parameter.name);
      expect(documented.sort()).toEqual(declared.sort());
    },
  );

  it('names one list and one document route per collection, one route per single type, search and itself, nothing else', () => {
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        ...collections.flatMap((collection) => [`/api/${collection.path}`, `/api/${collection.path}/{documentId}`]),
        ...Object.values(publicSingles).map((single) => `/api/${single.path}`),
        '/api/search',
        '/api/openapi.json',
      ].sort(),
    );
  });

  it('references only schemas it defines', () => {
    const references = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const name of references) expect(document.components.schemas).toHaveProperty(name);
  });
});
