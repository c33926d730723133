/**
 * What the archive importer refuses, as one family: a caller (the CLI, a test) catches `ArchiveImportError` for every
 * refusal about the archive itself and lets anything else — a database outage, a bug — propagate as it is.
 */
export class ArchiveImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A file that does not follow the format; `line` is 1-based. */
export class ArchiveFormatError extends ArchiveImportError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

/** A conflict between a file and what the CMS holds, named for the editor. */
export class ArchiveConflictError extends ArchiveImportError {}
