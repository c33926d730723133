import { ArchiveFormatError } from './errors';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an archive file. UTF-8, with or without a byte-order mark; word processors' "Unicode text" exports
 * (UTF-16 with a byte-order mark) are read too. Anything else — Windows-1252 from an old export, a binary file —
 * is refused with the line of the first byte that is not UTF-8, rather than imported as mojibake.
 */
export function decodeArchiveText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    const text = UTF8.decode(bytes);
    const nul = text.indexOf('\u0000');
    if (nul !== -1)
      throw new ArchiveFormatError(
        file,
        lineAt(bytes, Buffer.byteLength(text.slice(0, nul))),
        'this is not a text file (it holds NUL bytes)',
      );
    return text;
  } catch (error) {
    if (error instanceof ArchiveFormatError) throw error;
    const offset = firstInvalidUtf8(bytes);
    throw new ArchiveFormatError(
      file,
      lineAt(bytes, offset),
      `unreadable encoding: byte ${offset + 1} (0x${bytes[offset].toString(16).padStart(2, '0')}) is not UTF-8; save the file as UTF-8 and import it again`,
    );
  }
}

/** 1-based line of the byte at `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length - 1;
}

function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index];
  const expected =
    lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (expected === 0 || index + expected > bytes.length) return 0;
  for (let next = 1; next < expected; next += 1) if ((bytes[index + next] & 0xc0) !== 0x80) return 0;
  try {
    UTF8.decode(bytes.subarray(index, index + expected));
    return expected;
  } catch {
    return 0; // overlong forms and surrogates
  }
}
