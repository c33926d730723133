/** Everything `npm run backup` / `npm run restore` refuses or fails with; the CLI prints the message and exits 1. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The named backup file does not exist. */
export class BackupNotFoundError extends BackupError {
  constructor(readonly file: string) {
    super(`${file}: no such file.`);
  }
}

/** The output file of a backup already exists: a backup never overwrites another. */
export class BackupExistsError extends BackupError {
  constructor(readonly file: string) {
    super(`${file} already exists; name another file or move it away.`);
  }
}

/** The file is not a Masthead/Strapi backup, is damaged, or is encrypted and the key is missing or wrong. */
export class UnreadableBackupError extends BackupError {}

/** The target database holds content and the operator did not confirm that the restore replaces it. */
export class RestoreRefusedError extends BackupError {
  constructor(readonly counts: Record<string, number>) {
    const held = Object.entries(counts)
      .map(([type, rows]) => `${type}: ${rows}`)
      .join(', ');
    super(`The database holds content (rows of ${held}). A restore replaces all of it: run again with --force to confirm.`);
  }
}

/** Strapi's transfer stopped; the database transaction was rolled back, so the target is as it was. */
export class TransferFailedError extends BackupError {}

/** A media record names a file outside the uploads folder (a `../` in its hash, extension or URL). */
export class UnsafeMediaRecordError extends BackupError {
  constructor(readonly problems: string[]) {
    super(
      `The media library holds ${problems.length === 1 ? 'a record' : `${problems.length} records`} naming files outside the uploads folder, so nothing was written: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}.`,
    );
  }
}
