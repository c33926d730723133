import { Writable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { storedFileProblem, type StoredFileRecord } from '../uploads/stored-file-names';
import { usesLocalProvider } from '../uploads/guard-upload-provider';
import { UnsafeMediaRecordError } from './errors';

/** An upload file or one of its image formats, as the media library stores it and the upload provider takes it. */
interface StoredFile {
  hash: string;
  ext?: string;
  url: string;
  path?: string | null;
  formats?: Record<string, StoredFile> | null;
}

/** What the transfer engine streams per file of a backup: the file's (or the format's) record and its bytes. */
interface BackupAsset {
  metadata: StoredFile & { type?: string; mainHash?: string };
  stream: NodeJS.ReadableStream;
}

type Attach = (work: () => Promise<void>) => Promise<unknown>;

interface UploadProvider {
  uploadStream(file: StoredFile & { stream: NodeJS.ReadableStream }): Promise<void>;
  delete(file: StoredFile): Promise<void>;
}

const providerOf = (strapi: Core.Strapi) => strapi.plugin('upload').provider as UploadProvider;

/**
 * Writes a backup's files through the upload provider, one after the other. Strapi's own restore does the same
 * after moving `public/uploads` aside and back, which fails where that folder is a mounted volume (our
 * docker-compose) and deletes every file it does not know of; this writes files and nothing else.
 * A provider that stores files under another URL (S3) gets the record updated in the restore's transaction.
 */
export function createUploadsWriter(strapi: Core.Strapi, attach: Attach, written: Set<string>): Writable {
  return new Writable({
    objectMode: true,
    write(asset: BackupAsset, _encoding, done) {
      const file = { ...asset.metadata, stream: asset.stream };
      providerOf(strapi)
        .uploadStream(file)
        .then(async () => {
          written.add(file.hash);
          if (file.url !== asset.metadata.url) await attach(() => updateUrl(strapi, asset.metadata, file.url));
        })
        .then(() => done(), done);
    },
  });
}

async function updateUrl(strapi: Core.Strapi, stored: BackupAsset['metadata'], url: string): Promise<void> {
  const files = strapi.db.query('plugin::upload.file');
  const entry = await files.findOne({ where: { hash: stored.mainHash ?? stored.hash } });
  if (!entry) return;
  if (stored.type && entry.formats?.[stored.type]) entry.formats[stored.type].url = url;
  await files.update({ where: { id: entry.id }, data: stored.type ? { formats: entry.formats } : { url } });
}

/** "file 12 (cover_ab12): problem" for each media record that names a file outside the uploads folder. */
export function mediaRecordProblems(strapi: Core.Strapi, records: Array<StoredFileRecord & { id?: unknown }>): string[] {
  const localProvider = usesLocalProvider(strapi);
  return records.flatMap((record) => {
    const problem = storedFileProblem(record, { localProvider });
    return problem ? [`media record ${String(record.id ?? '?')}: ${problem}`] : [];
  });
}

/**
 * Refuses a media record from a backup that names a file outside the uploads folder, as the restore reads it
 * (a transform of Strapi's transfer): the transfer stops, its transaction rolls back, and no file is written —
 * files come after every record.
 */
export function refuseUnsafeMediaRecords(strapi: Core.Strapi) {
  return {
    filter(entity: { type: string; id?: unknown; data?: object }): boolean {
      if (entity.type !== 'plugin::upload.file') return true;
      const problems = mediaRecordProblems(strapi, [{ ...(entity.data as StoredFileRecord), id: entity.id }]);
      if (problems.length > 0) throw new UnsafeMediaRecordError(problems);
      return true;
    },
  };
}

/** Every upload the media library knows of, to delete the files of a database a restore replaced. */
export async function storedUploads(strapi: Core.Strapi): Promise<StoredFile[]> {
  return (await strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'hash', 'ext', 'url', 'formats'] })) as StoredFile[];
}

/**
 * Deletes the files (and image formats) of the replaced database that the restored one does not use. Done after
 * the transfer committed: a failed restore leaves the old database and its files as they were.
 */
export async function deleteReplacedUploads(strapi: Core.Strapi, replaced: StoredFile[], restored: Set<string>): Promise<void> {
  const provider = providerOf(strapi);
  for (const file of replaced) {
    for (const version of [file, ...Object.values(file.formats ?? {})]) {
      if (restored.has(version.hash)) continue;
      // The restore is committed by now: a file that cannot be deleted is litter to mention, not a failure.
      await provider
        .delete(version)
        .catch((error: Error) => strapi.log.warn(`Could not delete the replaced upload ${version.url}: ${error.message}`));
    }
  }
}
