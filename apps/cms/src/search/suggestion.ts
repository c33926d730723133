import type { SearchExpression } from './query-language';

/** A word of the index and how many published articles hold it. */
export interface IndexedWord {
  word: string;
  documents: number;
}

/** Edits (insert, delete, replace, swap two neighbours) between two words: "recieve" is one from "receive". */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/** How many edits a word may be from its correction: one for short words, where two would change the word. */
export const allowedEdits = (word: string) => ([...word].length <= 4 ? 1 : 2);

/** The indexed word closest in spelling to `word` (fewest edits, then the most used), or `null` if none is near. */
export function closestWord(word: string, candidates: readonly IndexedWord[]): string | null {
  let best: { word: string; edits: number; documents: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.word === word || candidate.documents <= 0) continue;
    const edits = editDistance(word, candidate.word);
    if (edits > allowedEdits(word)) continue;
    if (!best || edits < best.edits || (edits === best.edits && candidate.documents > best.documents))
      best = { word: candidate.word, edits, documents: candidate.documents };
  }
  return best?.word ?? null;
}

/** The expression with each word in `corrections` replaced. */
export function corrected(expression: SearchExpression, corrections: ReadonlyMap<string, string>): SearchExpression {
  const fix = (phrase: readonly string[]) => phrase.map((word) => corrections.get(word) ?? word);
  return { alternatives: expression.alternatives.map((alternative) => alternative.map(fix)), excluded: expression.excluded.map(fix) };
}
