import { excerptAround } from '../excerpt';

const text =
  'The district said on Monday that the night buses would return in March. Riders had asked for them since the ' +
  'routes were cut two years ago, and the student council collected 1,200 signatures. The Café on Elm Street, ' +
  'where many riders wait, will stay open until the last bus leaves. Drivers are being hired now.';

describe('excerptAround', () => {
  it('returns the passage around the first matching term, cut at words, with ellipses', () => {
    const excerpt = excerptAround(text, ['signatures'], 80)!;
    expect(excerpt).toContain('signatures');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(82);
    expect(excerpt).toMatch(/^… ?\S/);
    // Cut at word boundaries: the words at both ends are whole words of the text.
    const words = excerpt.slice(1, -1).trim().split(' ');
    for (const word of [words[0], words[words.length - 1]]) expect(text.split(' ')).toContain(word);
  });

  it('finds folded terms in the original text and keeps its characters', () => {
    expect(excerptAround(text, ['cafe'], 60)).toMatch(/The Café on Elm Street/);
  });

  it('starts at the beginning without an ellipsis when the match is early', () => {
    const excerpt = excerptAround(text, ['district'], 60)!;
    expect(excerpt.startsWith('The district')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('ends at the end without an ellipsis when the match is late', () => {
    expect(excerptAround(text, ['hired'], 60)!.endsWith('Drivers are being hired now.')).toBe(true);
  });

  it('uses the earliest of several terms', () => {
    expect(excerptAround(text, ['hired', 'monday'], 40)).toContain('Monday');
  });

  it('matches terms at the start of words only', () => {
    expect(excerptAround(text, ['ires'])).toBeNull();
    expect(excerptAround(text, ['hire'], 40)).toContain('hired');
  });

  it('matches phrases across punctuation, as the search text does', () => {
    expect(excerptAround('They met in St. Louis, then left.', ['st louis'])).toBe('They met in St. Louis, then left.');
  });

  it('returns the whole text when it is short', () => {
    expect(excerptAround('Short and sweet.', ['sweet'])).toBe('Short and sweet.');
  });

  it('returns null when no term occurs (the match was in the title or dek)', () => {
    expect(excerptAround(text, ['orchestra'])).toBeNull();
  });
});
