import path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The boundaries DEVELOPERS.md states, held by each package's own eslint.config.mjs: a planted violation is an error
 * of the boundary's rule, and the same code where the layout allows it lints clean.
 */
const repo = path.resolve(__dirname, '..', '..', '..');

async function lint(workspace: string, file: string, code: string) {
  const cwd = path.join(repo, workspace);
  const eslint = new ESLint({ cwd, overrideConfigFile: path.join(cwd, 'eslint.config.mjs') });
  const [result] = await eslint.lintText(code, { filePath: path.join(cwd, file) });
  return result.messages.map(({ ruleId, severity, message }) => ({ ruleId, severity, message }));
}

const READS_ENV = 'export const port = process.env.PORT;\n';
const DESTRUCTURES_ENV = 'const { env } = process;\nexport const port = env.PORT;\n';
const IMPORTS_ENV = "import { env } from 'node:process';\nexport const port = env.PORT;\n";
const CREATES_CLIENT = "import { createClient } from '@masthead/client';\nexport const cms = createClient({ baseUrl: 'http://cms' });\n";
const CREATES_PREVIEW_SESSIONS =
  "import { createPreviewSessions } from '@masthead/client/preview';\nexport const sessions = createPreviewSessions({ baseUrl: 'http://cms', token: 't' });\n";
const IMPORTS_STARTUP_CODE = "import { syncPreviewToken } from '../bootstrap/preview-token';\nexport const sync = syncPreviewToken;\n";

const ENV = 'Read the environment through src/env.ts';
const LIB_CMS = 'Only src/lib/cms talks to the CMS';
const STARTUP = 'Middlewares do not import start-up code';

describe.each([
  ['apps/web', 'src/app/page.tsx', READS_ENV, 'no-restricted-properties', ENV],
  ['apps/web', 'src/lib/format.ts', DESTRUCTURES_ENV, 'no-restricted-properties', ENV],
  ['apps/web', 'src/components/byline.tsx', IMPORTS_ENV, 'no-restricted-syntax', ENV],
  ['apps/web', 'next.config.ts', READS_ENV, 'no-restricted-properties', ENV],
  ['apps/cms', 'src/api/article/services/article.ts', READS_ENV, 'no-restricted-properties', ENV],
  ['apps/cms', 'config/server.ts', READS_ENV, 'no-restricted-properties', ENV],
  ['packages/client', 'src/client.ts', READS_ENV, 'no-restricted-properties', 'A library reads no environment'],
  ['apps/web', 'src/app/page.tsx', CREATES_CLIENT, 'no-restricted-imports', LIB_CMS],
  ['apps/web', 'src/lib/preview/session.ts', CREATES_PREVIEW_SESSIONS, 'no-restricted-imports', LIB_CMS],
  ['apps/cms', 'src/middlewares/published-only.ts', IMPORTS_STARTUP_CODE, 'no-restricted-imports', STARTUP],
])('%s/%s', (workspace, file, code, ruleId, message) => {
  test(`is refused by ${ruleId} for crossing a boundary`, async () => {
    expect(await lint(workspace, file, code)).toEqual([{ ruleId, severity: 2, message: expect.stringContaining(message) }]);
  });
});

describe.each([
  ['apps/web', 'src/env.ts', READS_ENV],
  ['apps/web', 'tests/harness/stack.ts', READS_ENV],
  ['apps/web', 'src/lib/__tests__/format.test.ts', READS_ENV],
  ['apps/cms', 'src/env.ts', READS_ENV],
  ['apps/cms', 'scripts/ensure-env.mjs', READS_ENV],
  ['apps/cms', 'tests/harness/cms.ts', READS_ENV],
  ['apps/web', 'src/lib/cms/index.ts', CREATES_CLIENT],
  ['apps/web', 'src/lib/cms/preview-sessions.ts', CREATES_PREVIEW_SESSIONS],
  ['apps/web', 'tests/browser/reader-journey.test.ts', CREATES_CLIENT],
  ['apps/web', 'src/app/page.tsx', "import type { Article } from '@masthead/client';\nexport type Shown = Article;\n"],
  ['apps/cms', 'src/index.ts', IMPORTS_STARTUP_CODE.replace('../bootstrap', './bootstrap')],
  [
    'apps/cms',
    'src/middlewares/published-only.ts',
    "import { PREVIEW_TOKEN_NAME } from '../api-tokens/website-token';\nexport const name = PREVIEW_TOKEN_NAME;\n",
  ],
])('%s/%s', (workspace, file, code) => {
  test('lints clean where the layout allows the same code', async () => {
    expect(await lint(workspace, file, code)).toEqual([]);
  });
});
