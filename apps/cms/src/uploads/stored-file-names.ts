/**
 * What a media-library record may name, checked wherever a record reaches the disk: its hash and extension become
 * the file name in `public/uploads` (the local provider writes and deletes `uploads/<hash><ext>`), and its URL is
 * where a backup reads the file from. A `../` in any of them pointed a restore, a backup or a Media Library delete
 * at files elsewhere on the server.
 */
export interface StoredFileRecord {
  hash?: unknown;
  ext?: unknown;
  url?: unknown;
  formats?: unknown;
}

/** Strapi's own hashes are a slugified name and a random suffix: letters, digits, `_` and `-`. */
const HASH = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
const EXT = /^(?:\.[A-Za-z0-9]{1,16})?$/;
const REMOTE_URL = /^https?:\/\/[^\s\\]+$/i;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with the file name a provider would build from `file` (its hash and extension), or null. */
export function fileNameProblem(file: StoredFileRecord): string | null {
  if (typeof file.hash !== 'string' || !HASH.test(file.hash))
    return `its hash ${JSON.stringify(String(file.hash).slice(0, 80))} is not a file name (letters, digits, _ and - only)`;
  if (file.ext !== undefined && file.ext !== null && (typeof file.ext !== 'string' || !EXT.test(file.ext))) {
    return `its extension ${JSON.stringify(String(file.ext).slice(0, 20))} is not one (a dot and up to 16 letters or digits)`;
  }
  return null;
}

/**
 * What is wrong with a media record (and each of its image formats), or null. With the local provider the URL must
 * be exactly `/uploads/<hash><ext>`, where the provider keeps it; with a remote one (S3 and the like) an http(s) URL.
 */
export function storedFileProblem(file: StoredFileRecord, options: { localProvider: boolean }): string | null {
  for (const [label, version] of [
    ['the file', file],
    ...Object.entries(isRecord(file.formats) ? file.formats : {}).map(([name, format]) => [`its ${name} format`, format] as const),
  ] as const) {
    if (!isRecord(version)) return `${label} is not a media record`;
    const nameProblem = fileNameProblem(version);
    if (nameProblem) return `${label}: ${nameProblem}`;
    const url = version.url;
    const expected = `/uploads/${version.hash as string}${(version.ext as string | undefined) ?? ''}`;
    const urlOk = options.localProvider ? url === expected : typeof url === 'string' && REMOTE_URL.test(url);
    if (!urlOk)
      return `${label}: its URL ${JSON.stringify(String(url).slice(0, 120))} is not ${options.localProvider ? expected : 'an http(s) address'}`;
  }
  return null;
}
