import { blocksToPlainText } from './blocks';

/** Adult silent reading of non-fiction runs at about 238 words a minute (Brysbaert, 2019). */
export const WORDS_PER_MINUTE = 238;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a blocks body, never less than one. */
export function readingTimeMinutes(body: readonly unknown[]): number {
  return Math.max(1, Math.round(countWords(blocksToPlainText(body)) / WORDS_PER_MINUTE));
}
