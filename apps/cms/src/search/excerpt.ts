import { foldChar } from './fold';
import { wordStart } from './search-text';

/** Characters of context an excerpt shows, about two lines of a search result. */
export const EXCERPT_LENGTH = 220;

/**
 * The passage of `text` around the first place any term matches, cut at word boundaries and marked with ellipses
 * where it was cut; `null` when no term occurs in `text` (the match was in the title or dek).
 */
export function excerptAround(text: string, terms: readonly string[], length = EXCERPT_LENGTH): string | null {
  const { folded, origin } = foldWithOrigin(text);
  const hits = terms.map((term) => folded.indexOf(wordStart(term))).filter((index) => index >= 0);
  if (hits.length === 0) return null;

  // +1: the match starts at the space before the word.
  const hit = origin[Math.min(...hits) + 1];
  let start = Math.max(0, hit - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) start = wordStartAfter(text, start);
  if (end < text.length) end = wordEndBefore(text, end);

  const passage = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${passage}${end < text.length ? '…' : ''}`;
}

/**
 * Folds `text` as the search text is folded (a leading space, runs of spaces made one) and remembers, for each
 * folded character, the index of the original character it came from.
 */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = ' ';
  const origin: number[] = [0];
  let index = 0;
  for (const char of text) {
    for (const piece of foldChar(char)) {
      if (piece === ' ' && folded.endsWith(' ')) continue;
      folded += piece;
      origin.push(index);
    }
    index += char.length;
  }
  return { folded, origin };
}

function wordStartAfter(text: string, index: number): number {
  const space = text.indexOf(' ', index);
  return space === -1 || space - index > 30 ? index : space + 1;
}

function wordEndBefore(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space === -1 || index - space > 30 ? index : space;
}
