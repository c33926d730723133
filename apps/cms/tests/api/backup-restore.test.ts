import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import request from 'supertest';
import { runRestoreCli, runBackupCli, type CliIo } from '../../src/backup/cli';
import { storedUploads } from '../../src/backup/uploads';
import { startCms, type TestCms } from '../harness/cms';
import { maxPageSize } from '../harness/page-size';

/**
 * `npm run backup` and `npm run restore` proven the way an operator runs them: the scripts the npm scripts run, in a
 * process of their own, on the database the environment names. The seeded sample publication (plus an upload of
 * this test's own) is backed up, its upload files are deleted, and a fresh database restored from the backup must
 * answer the public API — every read the website makes, and the files' bytes — exactly as the original did.
 */
const APP_DIR = path.resolve(__dirname, '..', '..');
const KEY = 'backup-key-for-the-restore-tests';
const END_USER = {
  username: 'reader-account',
  email: 'reader-account@example.com',
  password: 'Reader-password-2025',
  resetPasswordToken: 'reset-token-that-must-not-travel',
  confirmationToken: 'confirmation-token-that-must-not-travel',
};

/**
 * A search, compared by what it finds and counts: the excerpts and the relevance order are each database's own
 * full-text engine's (FTS5's snippets, PostgreSQL's ts_headline), so only newest-first order is the same on both.
 */
const SEARCH_READ = '/api/search?q=school&pageSize=50&sort=newest';

/** Every public read, each sorted so that two databases can be compared response by response. */
const PUBLIC_READS = [
  ...['articles', 'issues', 'volumes', 'authors', 'sources', 'sections', 'tags', 'redirects'].map(
    (type) => `/api/${type}?pagination[pageSize]=${maxPageSize(type)}&sort=documentId:asc`,
  ),
  // The article list as the client asks for it (@masthead/client listArticles).
  '/api/articles?fields[0]=title&fields[1]=slug&fields[2]=dek&fields[3]=position&fields[4]=readingTimeMinutes&fields[5]=firstPublishedAt&fields[6]=publishedAt&fields[7]=updatedAt&sort[0]=firstPublishedAt:desc&sort[1]=documentId:asc&pagination[pageSize]=100',
  SEARCH_READ,
];

interface PublicSnapshot {
  responses: Record<string, unknown>;
  /** The bytes of every upload the responses link to, and of this test's own. */
  files: Record<string, string>;
}

let workDir: string;
let before: PublicSnapshot;
let backupFile: string;
let encryptedBackupFile: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'masthead-backup-'));
  backupFile = path.join(workDir, 'nightly.tar.gz');
  encryptedBackupFile = path.join(workDir, 'nightly.tar.gz.enc');
  await writeFile(path.join(workDir, 'corrupt.tar.gz'), 'not a tar archive at all');
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

// Strapi is a singleton per process: one CMS at a time, so the steps below run in order, each on the last one's files.
describe('npm run backup on the seeded sample publication', () => {
  let source: TestCms;

  beforeAll(async () => {
    source = await startCms({ scheduler: false });
    // An end-user account (Masthead makes none; one made by hand, say) with every credential users-permissions keeps.
    await source.strapi
      .plugin('users-permissions')
      .service('user')
      .add({ ...END_USER, provider: 'local', confirmed: true });
    await source.strapi.db.query('plugin::users-permissions.user').update({
      where: { email: END_USER.email },
      data: { resetPasswordToken: END_USER.resetPasswordToken, confirmationToken: END_USER.confirmationToken },
    });
    const ownUpload = await uploadImage(source, workDir);
    before = await publicSnapshot(source, [ownUpload]);
    expect(Object.keys(before.files).length).toBeGreaterThan(10);
  }, 180_000);

  afterAll(async () => {
    // Whatever serves these files after a restore must have written them from the backup.
    if (source) await deleteUploadFiles(source);
    await source?.stop();
  });

  it('writes the content and the uploads into one archive', async () => {
    const backup = await runScript('backup', ['nightly.tar.gz'], process.env);
    expect(backup).toMatchObject({ code: 0, stderr: expect.not.stringMatching(/Error\b/) });
    expect(backup.stdout).toMatch(new RegExp(`^Backed up \\d+ entries and \\d+ upload files \\([\\d.]+ MB\\) to ${backupFile}\\n$`));
  }, 120_000);

  it('keeps end users’ accounts, password hashes and tokens out of the archive', async () => {
    const stored = await source.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: END_USER.email }, select: ['password'] });
    expect(stored.password).toMatch(/^\$2[aby]\$/);
    const archive = gunzipSync(await readFile(backupFile)).toString('latin1');
    expect(archive.includes('"type":"api::article.article"')).toBe(true); // the entities are searchable as they are
    // The archive's schemas list every type; its entities hold none of the account (checked as a boolean, not
    // printed: a failure must not dump the archive).
    for (const secret of [
      stored.password,
      END_USER.resetPasswordToken,
      END_USER.confirmationToken,
      END_USER.email,
      '"type":"plugin::users-permissions.user"',
    ]) {
      expect({ secret, found: archive.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('encrypts the archive with MASTHEAD_BACKUP_KEY, and never overwrites a backup', async () => {
    expect(await runBackupCli(['nightly'], inProcessIo(source, { key: KEY }))).toBe(0);
    await expect(stat(encryptedBackupFile)).resolves.toBeTruthy();
    const again = inProcessIo(source);
    expect(await runBackupCli(['nightly.tar.gz'], again)).toBe(1);
    expect(again.errors()).toBe(`${backupFile} already exists; name another file or move it away.\n`);
  });

  it('refuses to restore over content without --force, and changes nothing', async () => {
    const io = inProcessIo(source);
    expect(await runRestoreCli([backupFile], io)).toBe(1);
    expect(io.errors()).toMatch(/^The database holds content \(rows of .*articles: \d+.*\)\. .* --force to confirm\.\n$/);
    expect(await publicResponses(source)).toEqual(before.responses);
  });

  it.each([
    ['a missing file', 'missing.tar.gz', undefined, /missing\.tar\.gz: no such file\./],
    ['a file that is not a backup', 'corrupt.tar.gz', undefined, /corrupt\.tar\.gz is not a Masthead backup/],
    ['an encrypted backup without the key', 'nightly.tar.gz.enc', undefined, /is encrypted: set MASTHEAD_BACKUP_KEY/],
    ['an encrypted backup with the wrong key', 'nightly.tar.gz.enc', 'not-the-key', /cannot be read: the key is wrong/],
  ])('refuses to restore %s before booting the CMS, and changes nothing', async (_case, file, key, message) => {
    const io = inProcessIo(source, { key });
    expect(await runRestoreCli(['--force', file], io)).toBe(1);
    expect(io.errors()).toMatch(message);
    expect(io.boot).not.toHaveBeenCalled();
    expect(await publicResponses(source)).toEqual(before.responses);
  });
});

describe('npm run restore into a fresh database', () => {
  let target: TestCms;

  afterAll(async () => {
    await target?.stop();
  });

  it('answers the public API and serves the upload files exactly as the backed-up CMS did', async () => {
    target = await startEmptyCms();
    await restoreWhileStopped(target, backupFile);
    expect(await publicSnapshot(target, Object.keys(before.files))).toEqual(before);
  }, 180_000);

  it('replaces content changed since with --force, from the encrypted backup', async () => {
    const tag = await target.strapi
      .documents('api::tag.tag')
      .create({ data: { name: 'Added after the backup', slug: 'added-after-the-backup' }, status: 'published' });
    expect(await publicResponses(target)).not.toEqual(before.responses);

    const io = inProcessIo(target, { key: KEY });
    expect(await runRestoreCli(['--force', 'nightly.tar.gz.enc'], io)).toBe(0);
    await target.restart();
    expect(await publicSnapshot(target, Object.keys(before.files))).toEqual(before);
    expect(await target.strapi.documents('api::tag.tag').findOne({ documentId: tag.documentId })).toBeNull();
    await deleteUploadFiles(target);
  }, 120_000);
});

if (process.env.MASTHEAD_TEST_DATABASE === 'sqlite') {
  describe('npm run restore from SQLite into PostgreSQL', () => {
    let target: TestCms;

    afterAll(async () => {
      if (target) await deleteUploadFiles(target);
      await target?.stop();
      process.env.MASTHEAD_TEST_DATABASE = 'sqlite';
    });

    it('moves the publication with an identical public API', async () => {
      process.env.MASTHEAD_TEST_DATABASE = 'postgres';
      target = await startEmptyCms();
      expect(target.database).toBe('postgres');
      await restoreWhileStopped(target, backupFile);
      expect(await publicSnapshot(target, Object.keys(before.files))).toEqual(before);
    }, 180_000);
  });
}

/** A CMS on a fresh database of the current jest project's kind, without content: where a restore goes. */
function startEmptyCms(): Promise<TestCms> {
  return startCms({ seed: false, scheduler: false });
}

/** `npm run restore`, run as an operator would: with the CMS stopped, then started again. */
async function restoreWhileStopped(target: TestCms, file: string): Promise<void> {
  const targetEnv = { ...process.env };
  await target.restart(async () => {
    const restore = await runScript('restore', [path.basename(file)], targetEnv);
    // Node's warnings about Strapi's transfer internals (listener counts, pg's query queue) are not failures.
    expect(restore).toMatchObject({ code: 0, stderr: expect.not.stringMatching(/Error\b/) });
    expect(restore.stdout).toMatch(/^Restored \d+ entries and \d+ upload files/);
  });
}

/** Runs `node scripts/<name>.js`, what `npm run <name>` runs, from the test's work folder. */
function runScript(
  name: 'backup' | 'restore',
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(APP_DIR, 'scripts', `${name}.js`), ...args], {
    cwd: APP_DIR,
    env: { ...env, INIT_CWD: workDir, MASTHEAD_BACKUP_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The CLI's own function on an already running CMS, for the cases that need no process of their own. */
function inProcessIo(cms: TestCms, options: { key?: string } = {}): CliIo & { boot: jest.Mock; errors: () => string } {
  let errors = '';
  return {
    cwd: workDir,
    key: options.key,
    boot: jest.fn(async () => cms.strapi),
    shutdown: async () => {},
    stdout: () => {},
    stderr: (text) => (errors += text),
    errors: () => errors,
  };
}

/**
 * The public responses, numeric ids left out: the database assigns them anew on restore (Strapi's transfer inserts
 * rows without them, and the original's have gaps where every publish replaced a row and its components).
 * `documentId`, what the client and the website identify documents by, is compared with everything else.
 */
async function publicResponses(cms: TestCms): Promise<Record<string, unknown>> {
  const api = request(cms.strapi.server.httpServer);
  const responses: Record<string, unknown> = {};
  for (const read of PUBLIC_READS) {
    const { body } = await api.get(read).expect(200);
    responses[read] =
      read === SEARCH_READ ? { found: body.data.map((article: { slug: string }) => article.slug), meta: body.meta } : withoutIds(body);
  }
  return responses;
}

function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, item]) => [key, withoutIds(item)]),
  );
}

async function publicSnapshot(cms: TestCms, uploads: string[]): Promise<PublicSnapshot> {
  const api = request(cms.strapi.server.httpServer);
  const responses = await publicResponses(cms);

  const linked = JSON.stringify(responses).match(/\/uploads\/[^"]+/g) ?? [];
  const files: Record<string, string> = {};
  for (const url of [...new Set([...linked, ...uploads])].sort()) {
    const response = await api
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(`${url} ${response.status}`).toBe(`${url} 200`);
    files[url] = (response.body as Buffer).toString('base64');
  }
  return { responses, files };
}

/** An editor's upload through the media library, beside the sample's images; returns its URL. */
async function uploadImage(cms: TestCms, dir: string): Promise<string> {
  const filepath = path.join(dir, 'staff-photo.jpg');
  await writeFile(
    filepath,
    await sharp({ create: { width: 320, height: 200, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .toBuffer(),
  );
  const [file] = await cms.strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'staff-photo.jpg', alternativeText: 'A blue rectangle' } },
      files: { filepath, originalFilename: 'staff-photo.jpg', mimetype: 'image/jpeg', size: (await stat(filepath)).size },
    });
  return file.url;
}

/** Removes this CMS's upload files from public/uploads (they carry random names: no other test's are touched). */
async function deleteUploadFiles(cms: TestCms): Promise<void> {
  const provider = cms.strapi.plugin('upload').provider;
  for (const file of await storedUploads(cms.strapi)) {
    for (const version of [file, ...Object.values(file.formats ?? {})]) await provider.delete(version);
  }
}
