// Writes the OpenAPI document of the public read API to docs/openapi.json, from the built contract (npm run build
// first). The CMS serves the same document at /api/openapi.json; a test fails while the committed copy differs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../dist/contract.js';

const target = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target}`);
