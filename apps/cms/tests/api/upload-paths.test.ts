import { randomBytes } from 'node:crypto';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { exportBackup } from '../../src/backup/export-backup';
import { UnsafeMediaRecordError } from '../../src/backup/errors';
import { refuseUnsafeMediaRecords } from '../../src/backup/uploads';
import { TEST_ADMIN, useCms } from '../harness/cms';

/**
 * A media record whose hash, extension or URL climbs out of `public/uploads` (`../`) must never make the CMS delete,
 * write or back up a file elsewhere on the server: not through the Media Library, a backup or a restore.
 */
let adminToken: string;
let victim: string;
let victimName: string;
const api = () => request(cms.strapi.server.httpServer);
const files = () => cms.strapi.db.query('plugin::upload.file');
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

const cms = useCms({ seed: false, scheduler: false });

beforeAll(async () => {
  adminToken = (await api().post('/admin/login').send(TEST_ADMIN).expect(200)).body.data.token;
}, 180_000);

beforeEach(async () => {
  // A file beside the uploads folder, which a crafted record names as `uploads/../<name>`.
  victimName = `victim_${randomBytes(4).toString('hex')}`;
  victim = path.join(cms.strapi.dirs.static.public, `${victimName}.txt`);
  await writeFile(victim, 'not an upload');
});

afterEach(async () => {
  await rm(victim, { force: true });
  await files().deleteMany({ where: { name: 'crafted.txt' } });
});

const craftedRecord = () => ({
  name: 'crafted.txt',
  hash: `../${victimName}`,
  ext: '.txt',
  url: `/uploads/../${victimName}.txt`,
  mime: 'text/plain',
  size: 0.01,
  provider: 'local',
  folderPath: '/',
});

describe('a media record naming a file outside the uploads folder', () => {
  it('is not deleted from the Media Library, and neither is the file it names', async () => {
    const record = await files().create({ data: craftedRecord() });
    const response = await api().delete(`/upload/files/${record.id}`).set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Refused to delete an upload outside the uploads folder/);
    expect(await exists(victim)).toBe(true);
    expect(await files().findOne({ where: { id: record.id } })).not.toBeNull();
  });

  it('makes the provider refuse every write or delete it would resolve outside the folder', async () => {
    const provider = cms.strapi.plugin('upload').provider as {
      delete(file: object): Promise<unknown>;
      upload(file: object, options?: object): Promise<unknown>;
    };
    for (const file of [
      { hash: `../${victimName}`, ext: '.txt' },
      { hash: 'fine', ext: '/../../x' },
      { hash: '..', ext: '' },
      { hash: 'a/b', ext: '.txt' },
    ]) {
      await expect(provider.delete(file)).rejects.toThrow(/outside the uploads folder/);
      await expect(provider.upload({ ...file, buffer: Buffer.from('x') }, {})).rejects.toThrow(/outside the uploads folder/);
    }
    expect(await exists(victim)).toBe(true);
  });

  it('stops a backup before it writes anything: Strapi would copy the named file into the archive', async () => {
    await files().create({ data: craftedRecord() });
    const dir = await mkdtemp(path.join(tmpdir(), 'masthead-unsafe-backup-'));
    const base = path.join(dir, 'nightly');
    try {
      await expect(exportBackup(cms.strapi, { base, path: `${base}.tar.gz` }, {})).rejects.toBeInstanceOf(UnsafeMediaRecordError);
      expect(await exists(`${base}.tar.gz`)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a hash that climbs', { hash: '../../etc/passwd', ext: '', url: '/uploads/../../etc/passwd' }],
    ['a URL that climbs', { hash: 'cover_ab12', ext: '.jpg', url: '/uploads/../../../app/.env' }],
    [
      'an image format that climbs',
      {
        hash: 'cover_ab12',
        ext: '.jpg',
        url: '/uploads/cover_ab12.jpg',
        formats: { small: { hash: '../small', ext: '.jpg', url: '/uploads/../small.jpg' } },
      },
    ],
  ])('stops a restore on the record when the backup holds %s', (_name, data) => {
    const transform = refuseUnsafeMediaRecords(cms.strapi);
    expect(() => transform.filter({ type: 'plugin::upload.file', id: 7, data })).toThrow(UnsafeMediaRecordError);
    expect(() => transform.filter({ type: 'plugin::upload.file', id: 7, data })).toThrow(/media record 7/);
  });

  it('lets a restore through the records Strapi itself writes', () => {
    const transform = refuseUnsafeMediaRecords(cms.strapi);
    const record = {
      hash: 'cover_ab12',
      ext: '.jpg',
      url: '/uploads/cover_ab12.jpg',
      formats: { thumbnail: { hash: 'thumbnail_cover_ab12', ext: '.jpg', url: '/uploads/thumbnail_cover_ab12.jpg' } },
    };
    expect(transform.filter({ type: 'plugin::upload.file', id: 7, data: record })).toBe(true);
    expect(transform.filter({ type: 'api::article.article', id: 7, data: { title: '../x' } })).toBe(true);
  });
});
