import { markdownToBlocks } from '../markdown-to-blocks';
import { countWords, readingTimeMinutes, WORDS_PER_MINUTE } from '../reading-time';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('countWords', () => {
  it('counts words, not punctuation or dashes standing alone', () => {
    expect(countWords('One — two, three… “four”')).toBe(4);
  });

  it('counts words in any script', () => {
    expect(countWords('Café naïve Zürich')).toBe(3);
  });
});

describe('readingTimeMinutes', () => {
  it('is at least one minute, even for an empty body', () => {
    expect(readingTimeMinutes([])).toBe(1);
  });

  it('rounds to whole minutes at the reading speed', () => {
    expect(readingTimeMinutes(markdownToBlocks(words(WORDS_PER_MINUTE * 3)))).toBe(3);
    expect(readingTimeMinutes(markdownToBlocks(words(Math.round(WORDS_PER_MINUTE * 4.6))))).toBe(5);
  });

  it('counts words in headings, quotes, list items and link text', () => {
    const body = markdownToBlocks(
      `## ${words(100)}\n\n> ${words(100)}\n\n- ${words(100)}\n- ${words(100)}\n\n[${words(76)}](https://example.org)`,
    );
    expect(readingTimeMinutes(body)).toBe(Math.round(476 / WORDS_PER_MINUTE));
  });

  it('separates list items so their words do not run together', () => {
    expect(readingTimeMinutes(markdownToBlocks(`- ${words(300)}\n- ${words(300)}`))).toBe(3);
  });
});
