import { access } from 'node:fs/promises';
import { engine as transferEngine, file as fileTransfer, strapi as strapiTransfer, utils as transferUtils } from '@strapi/data-transfer';
import type { Core } from '@strapi/strapi';
import { readingOf } from './backup-file';
import { BackupNotFoundError, RestoreRefusedError, TransferFailedError, UnreadableBackupError, UnsafeMediaRecordError } from './errors';
import { BACKUP_TRANSFORMS, typesKeptByRestore } from './transfer-scope';
import { summarize, type TransferSummary } from './transfer-summary';
import { createUploadsWriter, deleteReplacedUploads, refuseUnsafeMediaRecords, storedUploads } from './uploads';
import { responseCacheOf } from '../response-cache/response-cache';

type SourceProvider = ReturnType<typeof fileTransfer.providers.createLocalFileSourceProvider>;

/**
 * Opens a backup and reads its metadata, so a missing, damaged or foreign file — or a wrong key — is refused before
 * the CMS is even booted.
 * @throws {BackupNotFoundError} when there is no such file
 * @throws {UnreadableBackupError} when it is not a backup, or is encrypted and the key is missing or wrong
 */
export async function openBackup(file: string, options: { key?: string }): Promise<SourceProvider> {
  if (
    !(await access(file).then(
      () => true,
      () => false,
    ))
  )
    throw new BackupNotFoundError(file);
  const { compressed, encrypted } = readingOf(file);
  if (encrypted && !options.key)
    throw new UnreadableBackupError(`${file} is encrypted: set MASTHEAD_BACKUP_KEY to the key it was made with.`);
  const source = fileTransfer.providers.createLocalFileSourceProvider({
    file: { path: file },
    compression: { enabled: compressed },
    encryption: { enabled: encrypted, key: options.key },
  });
  try {
    await source.bootstrap(transferUtils.diagnostics.createDiagnosticReporter());
  } catch {
    throw new UnreadableBackupError(
      encrypted
        ? `${file} cannot be read: the key is wrong or the file is not a Masthead backup.`
        : `${file} is not a Masthead backup (a Strapi data archive), or it is damaged.`,
    );
  }
  return source;
}

/** Documents of the publication and media files in the database: a restore over them needs `--force`. */
export async function contentCounts(strapi: Core.Strapi): Promise<Record<string, number>> {
  const types = Object.values(strapi.contentTypes).filter((type) => type.uid.startsWith('api::') || type.uid === 'plugin::upload.file');
  const counts: Record<string, number> = {};
  for (const type of types) {
    const count = type.kind === 'singleType' ? await filledSingleEntries(strapi, type) : await strapi.db.query(type.uid).count();
    if (count > 0) counts[type.info.pluralName] = count;
  }
  return counts;
}

type Schema = Core.Strapi['contentTypes'][keyof Core.Strapi['contentTypes']];

/**
 * A single type's rows that hold anything. Its entry is made empty at every first start (the publication's
 * settings, src/bootstrap/publication.ts), so a fresh database has one: that is not content a restore would lose.
 */
async function filledSingleEntries(strapi: Core.Strapi, type: Schema): Promise<number> {
  const attributes = Object.entries(type.attributes as Record<string, { type: string }>).filter(
    ([name]) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name),
  );
  const populate = attributes.filter(([, attribute]) => ['media', 'relation', 'component', 'dynamiczone'].includes(attribute.type));
  const rows: Array<Record<string, unknown>> = await strapi.db
    .query(type.uid)
    .findMany({ populate: Object.fromEntries(populate.map(([name]) => [name, true])) });
  const filled = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  return rows.filter((row) => attributes.some(([name]) => filled(row[name]))).length;
}

/**
 * Replaces the content of the CMS's database with a backup's, in one transaction, through Strapi's data transfer:
 * rows are written by the query engine, so document middlewares (slugs, redirects, derived fields, publish checks,
 * revalidation) and database lifecycles do not run and every value — ids aside, which the database assigns —
 * arrives as it was saved. The response cache is moved on once it has committed, so running CMS instances stop
 * answering from before the restore. Admin users, roles and API tokens of the target stay as they are.
 * @throws {RestoreRefusedError} when the database holds content and `force` is not set
 * @throws {TransferFailedError} when the transfer fails (rolled back) or the backup's content model differs
 * @throws {UnsafeMediaRecordError} when a media record in the backup names a file outside the uploads folder (rolled back)
 */
export async function restoreBackup(strapi: Core.Strapi, source: SourceProvider, options: { force: boolean }): Promise<TransferSummary> {
  if (!options.force) {
    const counts = await contentCounts(strapi);
    if (Object.keys(counts).length > 0) throw new RestoreRefusedError(counts);
  }

  const replacedUploads = await storedUploads(strapi);
  const restoredUploads = new Set<string>();
  const destination = strapiTransfer.providers.createLocalStrapiDestinationProvider({
    getStrapi: () => strapi,
    autoDestroy: false,
    strategy: 'restore',
    restore: {
      entities: { exclude: typesKeptByRestore(strapi) },
      // Files are written by createUploadsWriter instead: see there why.
      assets: false,
      configuration: { coreStore: true, webhook: true },
    },
  });
  destination.createAssetsWriteStream = async () => {
    const { transaction } = destination;
    if (!transaction) throw new TransferFailedError('The restore has no database transaction to write in.');
    return createUploadsWriter(strapi, (work) => transaction.attach(work), restoredUploads);
  };

  const engine = transferEngine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    // A backup of another content model (an older or newer Masthead) is refused, not squeezed into this one.
    schemaStrategy: 'strict',
    transforms: { ...BACKUP_TRANSFORMS, entities: [...BACKUP_TRANSFORMS.entities, refuseUnsafeMediaRecords(strapi)] },
  });
  const problems: string[] = [];
  engine.diagnostics.onDiagnostic(({ kind, details }) => {
    if (kind === 'error') problems.push(details.message);
  });
  let summary: TransferSummary;
  try {
    summary = summarize((await engine.transfer()).engine);
  } catch (error) {
    if (error instanceof UnsafeMediaRecordError) throw error;
    const detail = [...new Set([(error as Error).message, ...problems])].join('; ');
    throw new TransferFailedError(`The restore failed; the database was rolled back and is as it was: ${detail}`, { cause: error });
  }
  // The transfer writes with lifecycles off: move the response cache on by hand, for every CMS on this database.
  await responseCacheOf(strapi).generation.bump();
  await deleteReplacedUploads(strapi, replacedUploads, restoredUploads);
  return summary;
}
