import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * What `npm publish` would ship: packs the built package, installs the tarball into an empty folder and uses it
 * from ESM, from CommonJS and from TypeScript, as a consumer on npm would.
 */
const PACKAGE_DIR = path.resolve(__dirname, '..', '..');
let workDir: string;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'masthead-client-pack-'));
  run('npm', ['pack', '--pack-destination', workDir, '--silent'], PACKAGE_DIR);
  const tarball = readdirSync(workDir).find((file) => file.endsWith('.tgz'))!;
  writeFileSync(path.join(workDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', `./${tarball}`], workDir);
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const consumer = `
  const fetch = async () => new Response(JSON.stringify({
    data: [{ documentId: 't1', name: 'transit', slug: 'transit' }],
    meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } },
  }));
  const cms = createClient({ baseUrl: 'http://cms.test', fetch });
  cms.listTags().then((tags) => console.log(JSON.stringify(tags)));
`;

describe('the packed @masthead/client', () => {
  it('ships only the build output, its README and package.json', () => {
    const listing = run('npm', ['pack', '--dry-run', '--json'], PACKAGE_DIR);
    const files = (JSON.parse(listing)[0].files as Array<{ path: string }>).map((file) => file.path).sort();
    expect(files).toEqual(expect.arrayContaining(['README.md', 'dist/index.cjs', 'dist/index.js', 'dist/index.d.ts', 'package.json']));
    expect(files.filter((file) => file.includes('__tests__') || file.startsWith('src/'))).toEqual([]);
  });

  it('works from ESM', () => {
    writeFileSync(path.join(workDir, 'esm.mjs'), `import { createClient } from '@masthead/client';\n${consumer}`);
    expect(JSON.parse(run('node', ['esm.mjs'], workDir))).toEqual([{ documentId: 't1', name: 'transit', slug: 'transit' }]);
  });

  it('works from CommonJS', () => {
    writeFileSync(path.join(workDir, 'cjs.cjs'), `const { createClient } = require('@masthead/client');\n${consumer}`);
    expect(JSON.parse(run('node', ['cjs.cjs'], workDir))).toEqual([{ documentId: 't1', name: 'transit', slug: 'transit' }]);
  });

  it('exports its error classes so consumers can tell failures apart', () => {
    const script = `const m = require('@masthead/client');
      console.log(JSON.stringify(['CmsError','CmsHttpError','CmsNotFoundError','CmsResponseValidationError','CmsTimeoutError','CmsNetworkError'].map((n) => typeof m[n])));`;
    writeFileSync(path.join(workDir, 'errors.cjs'), script);
    expect(JSON.parse(run('node', ['errors.cjs'], workDir))).toEqual(Array(6).fill('function'));
  });

  it('ships type declarations that type-check in a consumer', () => {
    const typescript = path.resolve(PACKAGE_DIR, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
    writeFileSync(
      path.join(workDir, 'consumer.ts'),
      `import { createClient, type Article } from '@masthead/client';
       const cms = createClient({ baseUrl: 'http://cms.test' });
       export async function title(slug: string): Promise<string | undefined> {
         const article: Article | null = await cms.getArticle(slug);
         return article?.title;
       }`,
    );
    run(
      'node',
      [
        typescript,
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        'consumer.ts',
      ],
      workDir,
    );
  });
});
