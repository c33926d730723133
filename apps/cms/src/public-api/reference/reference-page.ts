import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The public API's reference page: Swagger UI (swagger-ui-dist, SmartBear's prebuilt bundle) rendering
 * /api/openapi.json. Scripts and styles are files of this origin, so the CMS's Content-Security-Policy
 * (script-src 'self') holds; the page's own start-up script is one of them, not inline.
 */
export const REFERENCE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Masthead public REST API</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
  <link rel="stylesheet" href="/api/docs/reference.css">
</head>
<body>
  <main id="reference" aria-label="Masthead public REST API reference"></main>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/reference.js"></script>
</body>
</html>
`;

/** Starts Swagger UI: only GET is offered to "try it out", the one method the public API has. */
const START_SCRIPT = `window.addEventListener('load', function () {
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#reference',
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    supportedSubmitMethods: ['get'],
  });
});
`;

/** A readable measure and the publication's serif for the title, around Swagger UI's own styles. */
const PAGE_STYLES = `body { margin: 0; background: #fbfaf7; }
#reference { max-width: 72rem; margin: 0 auto; padding: 0 1rem 4rem; }
.swagger-ui .info .title { font-family: Georgia, 'Times New Roman', serif; }
`;

const SWAGGER_UI = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Every file the page may load: Swagger UI's from its package, the page's own from above. */
const ASSETS: Record<string, { type: string; read(): Promise<Buffer> }> = {
  'swagger-ui.css': { type: CSS, read: () => readFile(path.join(SWAGGER_UI, 'swagger-ui.css')) },
  'swagger-ui-bundle.js': { type: JS, read: () => readFile(path.join(SWAGGER_UI, 'swagger-ui-bundle.js')) },
  'reference.js': { type: JS, read: async () => Buffer.from(START_SCRIPT) },
  'reference.css': { type: CSS, read: async () => Buffer.from(PAGE_STYLES) },
};

/** One of the page's files, or `undefined` for any other name (nothing else is read from disk). */
export async function readReferenceAsset(name: string): Promise<{ type: string; body: Buffer } | undefined> {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  return asset && { type: asset.type, body: await asset.read() };
}
