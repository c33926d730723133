/**
 * Splits text into runs, marking the words a search matched: a word is marked when it starts with a word of any
 * term, compared folded (lower case, no accents) as the CMS compares them. The CMS sends its folded terms back with
 * the results, so the two sides agree on what matched.
 */
export interface Run {
  text: string;
  match: boolean;
}

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function highlightRuns(text: string, terms: readonly string[]): Run[] {
  const prefixes = terms.flatMap((term) => term.split(' ')).filter(Boolean);
  const runs: Run[] = [];
  const push = (piece: string, match: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += piece;
    else runs.push({ text: piece, match });
  };
  let at = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (word.index > at) push(text.slice(at, word.index), false);
    const folded = fold(word[0]);
    push(
      word[0],
      prefixes.some((prefix) => folded.startsWith(prefix)),
    );
    at = word.index + word[0].length;
  }
  if (at < text.length) push(text.slice(at), false);
  return runs;
}
