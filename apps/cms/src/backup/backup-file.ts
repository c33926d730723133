import path from 'node:path';

/** Strapi's file provider names archives `<base>.tar`, then adds `.gz` when compressed and `.enc` when encrypted. */
const ARCHIVE_SUFFIX = /\.tar(?:\.gz)?(?:\.enc)?$/;

export interface BackupFile {
  /** Where the archive ends up. */
  path: string;
  /** What Strapi's file destination provider is given: the path without the suffixes it appends itself. */
  base: string;
}

/**
 * The archive a backup writes: the operator's name (with or without `.tar.gz`), or a timestamped file in `backups/`
 * under the folder they ran `npm run` in. Always gzipped; `.enc` is added when it is encrypted.
 */
export function backupFileFor(name: string | undefined, options: { cwd: string; encrypted: boolean; now?: Date }): BackupFile {
  const requested = name
    ? path.resolve(options.cwd, name)
    : path.join(options.cwd, 'backups', `masthead-${timestamp(options.now ?? new Date())}`);
  const base = requested.replace(ARCHIVE_SUFFIX, '');
  return { base, path: `${base}.tar.gz${options.encrypted ? '.enc' : ''}` };
}

/** How a backup file must be read, by its name, as `strapi import` decides. */
export function readingOf(file: string): { compressed: boolean; encrypted: boolean } {
  return { compressed: /\.gz(?:\.enc)?$/.test(file), encrypted: file.endsWith('.enc') };
}

/** 2025-03-01T09:05:07.123Z → 20250301-090507: sorts by time, safe in every file system. */
function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/-|:/g, '')
    .replace('T', '-');
}
