import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fileNameProblem, type StoredFileRecord } from './stored-file-names';

/**
 * The provider methods that turn a record's hash and extension into a path they write or delete, and how many of
 * their leading arguments are such records (the rest are options).
 */
const FILE_METHODS = { upload: 1, uploadStream: 1, delete: 1, replace: 2, replaceStream: 2 } as const;

/** Whether the media library keeps its files in `public/uploads` (Strapi's local provider). */
export const usesLocalProvider = (strapi: Core.Strapi) => strapi.config.get('plugin::upload.provider', 'local') === 'local';

/**
 * Puts a check in front of every file operation of the upload provider — the Media Library's uploads, replacements
 * and deletes, a restore's writes, the deletes after a restore — refusing a record whose name would resolve outside
 * `public/uploads`. The check sits at the provider because every path to the disk goes through it.
 */
export function guardUploadProvider(strapi: Core.Strapi): void {
  const provider = strapi.plugin('upload').provider as Record<string, unknown>;
  const uploads = path.resolve(strapi.dirs.static.public, 'uploads');
  const local = usesLocalProvider(strapi);
  for (const [method, records] of Object.entries(FILE_METHODS)) {
    const original = provider[method];
    if (typeof original !== 'function') continue;
    provider[method] = function guarded(this: unknown, ...args: StoredFileRecord[]) {
      for (const file of args.slice(0, records)) {
        const problem = fileNameProblem(file ?? {});
        const target = local && !problem ? path.resolve(uploads, `${file.hash as string}${(file.ext as string | undefined) ?? ''}`) : null;
        if (problem || (target && path.dirname(target) !== uploads)) {
          return Promise.reject(
            new errors.ApplicationError(
              `Refused to ${method === 'delete' ? 'delete' : 'write'} an upload outside the uploads folder: ${problem ?? target}.`,
            ),
          );
        }
      }
      return (original as (...args: unknown[]) => unknown).apply(this, args);
    };
  }
}
