import { decodeArchiveText } from '../decode-text';
import { ArchiveFormatError } from '../errors';

const text = 'VOLUME 19, ISSUE 4\nJanuary 2025\n“Café” — naïve\n';

function refusal(bytes: Uint8Array): ArchiveFormatError {
  try {
    decodeArchiveText(bytes, 'old.txt');
  } catch (error) {
    if (error instanceof ArchiveFormatError) return error;
    throw error;
  }
  throw new Error('expected the bytes to be refused');
}

describe('decodeArchiveText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeArchiveText(Buffer.from(text), 'a.txt')).toBe(text);
    expect(decodeArchiveText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt')).toBe(text); // the mark is not part of the text
  });

  it('reads a word processor’s UTF-16 export (little- and big-endian, with its byte-order mark)', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeArchiveText(little, 'a.txt')).toBe(text);
    const big = Buffer.from(little);
    big.swap16();
    expect(decodeArchiveText(big, 'a.txt')).toBe(text);
  });

  it('refuses Windows-1252 with the line and byte that are not UTF-8', () => {
    // "Café" saved by an old word processor: é is the single byte 0xE9.
    const bytes = Buffer.concat([Buffer.from('VOLUME 19, ISSUE 4\nJanuary 2025\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const error = refusal(bytes);
    expect(error.line).toBe(3);
    expect(error.message).toBe('old.txt:3: unreadable encoding: byte 36 (0xe9) is not UTF-8; save the file as UTF-8 and import it again');
  });

  it('refuses a truncated multi-byte sequence at the end and a binary file', () => {
    expect(refusal(Buffer.concat([Buffer.from('a\nb\n'), Buffer.from([0xe2, 0x80])])).line).toBe(3);
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).detail).toMatch(/not a text file/);
  });
});
