import { SaxesParser } from 'saxes';

/**
 * The first well-formedness error a strict XML 1.0 parser (saxes, jsdom's) finds in `xml`, or null. Unlike
 * fast-xml-parser's validator it checks every character against XML's `Char` production, as feed readers do.
 */
export function strictXmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on('error', (failure) => {
    error ??= failure.message;
  });
  try {
    parser.write(xml).close();
  } catch (failure) {
    error ??= (failure as Error).message;
  }
  return error;
}
