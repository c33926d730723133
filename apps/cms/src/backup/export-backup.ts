import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { engine as transferEngine, file as fileTransfer, strapi as strapiTransfer } from '@strapi/data-transfer';
import type { Core } from '@strapi/strapi';
import type { BackupFile } from './backup-file';
import { BackupExistsError, TransferFailedError, UnsafeMediaRecordError } from './errors';
import { BACKUP_TRANSFORMS } from './transfer-scope';
import { summarize, type TransferSummary } from './transfer-summary';
import { mediaRecordProblems, storedUploads } from './uploads';

/**
 * Writes the content of the CMS (every document in every state, media library records, users-permissions roles,
 * core store and webhooks) and the upload files into one Strapi data archive, the format `strapi export` writes.
 * Encrypted (AES-128, Strapi's format) when a key is given.
 * @throws {BackupExistsError} when the file exists
 * @throws {UnsafeMediaRecordError} when a media record names a file outside the uploads folder
 * @throws {TransferFailedError} when Strapi's transfer fails
 */
export async function exportBackup(strapi: Core.Strapi, target: BackupFile, options: { key?: string }): Promise<TransferSummary> {
  if (
    await access(target.path).then(
      () => true,
      () => false,
    )
  )
    throw new BackupExistsError(target.path);
  // Strapi's export reads each file from `public` + its URL: a `../` there would copy a server file into the backup.
  const unsafe = mediaRecordProblems(strapi, await storedUploads(strapi));
  if (unsafe.length > 0) throw new UnsafeMediaRecordError(unsafe);
  await mkdir(path.dirname(target.path), { recursive: true });

  const source = strapiTransfer.providers.createLocalStrapiSourceProvider({ getStrapi: () => strapi, autoDestroy: false });
  const destination = fileTransfer.providers.createLocalFileDestinationProvider({
    file: { path: target.base },
    compression: { enabled: true },
    encryption: { enabled: Boolean(options.key), key: options.key },
  });
  const engine = transferEngine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'ignore',
    transforms: BACKUP_TRANSFORMS,
  });
  try {
    return summarize((await engine.transfer()).engine);
  } catch (error) {
    throw new TransferFailedError(`The backup failed: ${(error as Error).message}`, { cause: error });
  }
}
