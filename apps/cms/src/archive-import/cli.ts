import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Core } from '@strapi/strapi';
import { importArchive, KINDS, type ArchiveFile, type ImportReport } from './import-archive';

export const USAGE = `Usage: npm run import -- [--dry-run] [--draft] <files or folders>…

Imports archived articles (plain text, one article per file; folders are searched for .txt files) into the CMS
that apps/cms/.env points at — SQLite by default, PostgreSQL with DATABASE_CLIENT=postgres and DATABASE_URL.

  --dry-run  check every file and print what would be created; write nothing
  --draft    leave imported articles (and new issues) as drafts instead of publishing them
  --help     show this text`;

/** Extensions an archive folder's article files have; other files in a folder (notes, images) are left alone. */
const ARTICLE_FILE = /\.(?:txt|text)$/i;

export interface CliIo {
  /** Where relative paths start: the folder the editor ran `npm run` in. */
  cwd: string;
  /** Boots the CMS (called only once the files are read) and shuts it down. */
  boot: () => Promise<Core.Strapi>;
  shutdown: (strapi: Core.Strapi) => Promise<void>;
  stdout: (text: string) => void;
  stderr: { write: (text: string) => void; isTTY?: boolean };
}

/** `npm run import`: the exit code is 0 when every file imported or was already there, 1 when one failed, 2 on usage. */
export async function runImportCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, draft: { type: 'boolean' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.stderr.write(`Name the files or folders to import.\n\n${USAGE}\n`);
    return 2;
  }

  const { files, missing } = await collectFiles(parsed.positionals, io.cwd);
  for (const name of missing) io.stderr.write(`${name}: no such file or folder\n`);
  if (files.length === 0) {
    io.stderr.write('No article files (.txt) to import.\n');
    return 2;
  }

  const dryRun = Boolean(parsed.values['dry-run']);
  const strapi = await io.boot();
  try {
    const started = Date.now();
    const report = await importArchive(strapi, files, {
      dryRun,
      draft: Boolean(parsed.values.draft),
      onProgress: progressPrinter(io.stderr, started),
    });
    io.stdout(formatReport(report, { dryRun, seconds: (Date.now() - started) / 1000 }));
    return report.failed.length > 0 || missing.length > 0 ? 1 : 0;
  } finally {
    await io.shutdown(strapi);
  }
}

/** The named files, and every article file under the named folders, in natural order ("2.txt" before "10.txt"). */
export async function collectFiles(names: string[], cwd: string): Promise<{ files: ArchiveFile[]; missing: string[] }> {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const absolute = path.resolve(cwd, name);
    const info = await stat(absolute).catch(() => null);
    if (!info) missing.push(name);
    else if (info.isDirectory()) {
      const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name));
      paths.push(...found.sort(naturalOrder));
    } else paths.push(absolute);
  }
  const unique = [...new Set(paths)];
  const files = await Promise.all(unique.map(async (file) => ({ file: path.relative(cwd, file) || file, bytes: await readFile(file) })));
  return { files, missing };
}

const collator = new Intl.Collator('en', { numeric: true });
const naturalOrder = (a: string, b: string) => collator.compare(a, b);

/** Progress on standard error: a line that updates in place on a terminal, a line per 10 % in a log. */
function progressPrinter(stderr: CliIo['stderr'], started: number) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
    const line = `${done}/${total} files (${Math.floor((100 * done) / total)} %), ${rate.toFixed(1)} files/s`;
    if (stderr.isTTY) stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (total >= 20 && Math.floor((10 * done) / total) > lastTenth) {
      lastTenth = Math.floor((10 * done) / total);
      stderr.write(`${line}\n`);
    }
  };
}

export function formatReport(report: ImportReport, { dryRun, seconds }: { dryRun: boolean; seconds: number }): string {
  const lines: string[] = [];
  lines.push(dryRun ? 'Dry run: nothing was written. The import would create:' : `Imported in ${seconds.toFixed(1)} s.`);
  const table = KINDS.map(
    (kind) =>
      `  ${kind.padEnd(9)} ${String(report.created[kind].length).padStart(6)} ${dryRun ? 'new' : 'created'}, ${String(report.reused[kind].length).padStart(6)} existing`,
  );
  lines.push(...table);
  if (dryRun) {
    for (const kind of KINDS) {
      for (const name of report.created[kind]) lines.push(`  + ${kind.slice(0, -1)}: ${name}`);
    }
  }
  lines.push(`  skipped   ${String(report.skipped.length).padStart(6)} already imported`);
  for (const { file, reason } of report.skipped) lines.push(`    ${file}: ${reason}`);
  lines.push(`  failed    ${String(report.failed.length).padStart(6)} files (nothing from them was written)`);
  for (const { file, line, message } of report.failed) lines.push(`    ${file}${line ? `:${line}` : ''}: ${message}`);
  return `${lines.join('\n')}\n`;
}
