/**
 * Search compares text "folded" into words: lower case, accents removed, every run of punctuation and space made
 * one space. "Café", "cafe" and "CAFÉ" match, and so do "don’t" and "don't" (both "don t"). Folding happens in
 * JavaScript rather than in SQL because SQLite's LIKE folds only ASCII letters.
 */
export function foldChar(char: string): string {
  return char
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, ' ');
}

export function fold(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded.replace(/ +/g, ' ').trim();
}
