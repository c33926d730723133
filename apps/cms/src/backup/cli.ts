import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from '@strapi/strapi';
import { backupFileFor } from './backup-file';
import { BackupError } from './errors';
import { exportBackup } from './export-backup';
import { openBackup, restoreBackup } from './restore-backup';
import type { TransferSummary } from './transfer-summary';

export const BACKUP_USAGE = `Usage: npm run backup -- [file]

Writes the CMS's content and uploads (public/uploads) into one archive: <file>.tar.gz, or
backups/masthead-<date>-<time>.tar.gz in the current folder. With MASTHEAD_BACKUP_KEY set, the archive is
encrypted with it (<file>.tar.gz.enc). Admin users and API tokens are not included.

  --help  show this text`;

export const RESTORE_USAGE = `Usage: npm run restore -- [--force] <file>

Loads a backup into the database apps/cms/.env names (SQLite by default, PostgreSQL with DATABASE_CLIENT=postgres
and DATABASE_URL) and writes its uploads. Stop the CMS first. An encrypted backup (.enc) needs MASTHEAD_BACKUP_KEY.

  --force  replace the content the database holds (without it, a restore only goes into an empty database)
  --help   show this text`;

export interface CliIo {
  /** Where relative paths start: the folder the operator ran `npm run` in. */
  cwd: string;
  /** MASTHEAD_BACKUP_KEY: encrypts backups, decrypts `.enc` ones. */
  key?: string;
  /** Boots the CMS (only once the arguments and the backup file are checked) and shuts it down. */
  boot: () => Promise<Core.Strapi>;
  shutdown: (strapi: Core.Strapi) => Promise<void>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** `npm run backup`: exit code 0 when written, 1 when it failed, 2 on usage. */
export async function runBackupCli(argv: string[], io: CliIo): Promise<number> {
  const args = parse(() => parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean' } } }), BACKUP_USAGE, io);
  if (typeof args === 'number') return args;
  if (args.positionals.length > 1) return usage('Name one file.', BACKUP_USAGE, io);

  const target = backupFileFor(args.positionals[0], { cwd: io.cwd, encrypted: Boolean(io.key) });
  return run(io, async (strapi) => {
    const summary = await exportBackup(strapi, target, { key: io.key });
    io.stdout(`Backed up ${describe(summary)} to ${target.path}\n`);
  });
}

/** `npm run restore`: exit code 0 when restored, 1 when refused or failed (the database unchanged), 2 on usage. */
export async function runRestoreCli(argv: string[], io: CliIo): Promise<number> {
  const options = { force: { type: 'boolean' }, help: { type: 'boolean' } } as const;
  const args = parse(() => parseArgs({ args: argv, allowPositionals: true, options }), RESTORE_USAGE, io);
  if (typeof args === 'number') return args;
  if (args.positionals.length !== 1) return usage('Name the backup file to restore.', RESTORE_USAGE, io);

  const file = args.positionals[0];
  let source;
  try {
    source = await openBackup(path.resolve(io.cwd, file), { key: io.key });
  } catch (error) {
    return fail(error, io);
  }
  return run(io, async (strapi) => {
    const summary = await restoreBackup(strapi, source, { force: Boolean(args.values.force) });
    io.stdout(`Restored ${describe(summary)} from ${file}. Start the CMS; the website's pages refresh as they revalidate.\n`);
  });
}

/** The parsed arguments, or the exit code when they were wrong or asked for help. */
function parse<Parsed extends { values: { help?: boolean } }>(parseArgv: () => Parsed, text: string, io: CliIo): Parsed | number {
  let parsed;
  try {
    parsed = parseArgv();
  } catch (error) {
    return usage((error as Error).message, text, io);
  }
  if (parsed.values.help) {
    io.stdout(`${text}\n`);
    return 0;
  }
  return parsed;
}

function usage(message: string, text: string, io: CliIo): number {
  io.stderr(`${message}\n\n${text}\n`);
  return 2;
}

async function run(io: CliIo, work: (strapi: Core.Strapi) => Promise<void>): Promise<number> {
  const strapi = await io.boot();
  try {
    await work(strapi);
    return 0;
  } catch (error) {
    return fail(error, io);
  } finally {
    await io.shutdown(strapi);
  }
}

/** Refusals and bad input are told in one line; anything else is a bug, told with its stack. */
function fail(error: unknown, io: CliIo): number {
  io.stderr(error instanceof BackupError ? `${error.message}\n` : `${(error as Error).stack ?? String(error)}\n`);
  return 1;
}

function describe(summary: TransferSummary): string {
  const megabytes = (summary.bytes / 1024 / 1024).toFixed(1);
  return `${summary.entries} entries and ${summary.files} upload files (${megabytes} MB)`;
}
