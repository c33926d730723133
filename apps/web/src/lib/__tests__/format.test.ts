import {
  blocksSummary,
  cssString,
  folioLine,
  formatCoverDate,
  formatDay,
  formatShortDay,
  issueLine,
  namesList,
  readingTimeLabel,
  romanNumeral,
  shortIssueName,
  volumeYears,
} from '../format';
import { groupBySection } from '../toc';

describe('formatting', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['Ada'], 'Ada'],
    [['Ada', 'Ben'], 'Ada and Ben'],
    [['Ada', 'Ben', 'Cy'], 'Ada, Ben and Cy'],
  ])('lists names %j as %j', (names, expected) => {
    expect(namesList(names)).toBe(expected);
  });

  it("prints a volume's years as a range only when it spans two", () => {
    expect(volumeYears({ startYear: 2024, endYear: 2025 })).toBe('2024–2025');
    expect(volumeYears({ startYear: 2024, endYear: 2024 })).toBe('2024');
    expect(volumeYears({ startYear: 2024, endYear: null })).toBe('2024');
  });

  it('prints cover dates as month and year, in UTC', () => {
    expect(formatCoverDate('2025-01-01')).toBe('January 2025');
    expect(formatCoverDate('2024-09-01')).toBe('September 2024');
  });

  it('prints a day in UTC even late in the evening', () => {
    expect(formatDay('2025-01-31T23:30:00.000Z')).toBe('January 31, 2025');
  });

  it('prints the issue line as readers know it', () => {
    expect(issueLine({ number: 4, coverDate: '2025-01-01', volume: { number: 19 } })).toBe('Volume 19, Issue 4 · January 2025');
  });

  it('labels reading time only when known', () => {
    expect(readingTimeLabel(4)).toBe('4\u00a0min read');
    expect(readingTimeLabel(null)).toBeNull();
  });
});

describe('card and folio lines', () => {
  it.each([
    ['2025-01-03T13:00:00.000Z', 'Jan. 3, 2025'],
    ['2024-09-30T23:59:00.000Z', 'Sept. 30, 2024'],
    ['2025-03-01T00:00:00.000Z', 'March 1, 2025'],
    ['2025-06-15T12:00:00.000Z', 'June 15, 2025'],
    ['2024-12-31T23:30:00.000Z', 'Dec. 31, 2024'],
  ])('prints %s on a card as %s (AP style, in UTC)', (iso, expected) => {
    expect(formatShortDay(iso)).toBe(expected);
  });

  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [19, 'XIX'],
    [40, 'XL'],
    [99, 'XCIX'],
    [2024, 'MMXXIV'],
    [3999, 'MMMCMXCIX'],
  ])('numbers volume %i as %s', (value, expected) => {
    expect(romanNumeral(value)).toBe(expected);
  });

  it('leaves a number Roman numerals cannot write in digits', () => {
    expect(romanNumeral(0)).toBe('0');
    expect(romanNumeral(4000)).toBe('4000');
  });

  it('prints the folio line and the short issue name', () => {
    const issue = { number: 3, coverDate: '2025-01-01', volume: { number: 19 } };
    expect(folioLine(issue)).toBe('Vol. XIX, No. 3 · January 2025');
    expect(shortIssueName(issue)).toBe('Vol. 19, No. 3');
    expect(shortIssueName({ number: 2, volume: null })).toBe('No. 2');
  });
});

describe('groupBySection', () => {
  it('groups by section in order of first appearance, keeping the editor order inside each group', () => {
    const world = { name: 'World', slug: 'world' };
    const arts = { name: 'Arts', slug: 'arts' };
    const groups = groupBySection([
      { id: 1, section: world },
      { id: 2, section: arts },
      { id: 3, section: world },
      { id: 4, section: null },
    ]);
    expect(groups.map((group) => [group.section?.slug ?? null, group.articles.map((a) => a.id)])).toEqual([
      ['world', [1, 3]],
      ['arts', [2]],
      [null, [4]],
    ]);
  });
});

describe('cssString', () => {
  it('quotes text for CSS content, escaping what could end the string or the style element', () => {
    expect(cssString('The Northfield Ledger')).toBe('"The Northfield Ledger"');
    expect(cssString('The "Heron"')).toBe('"The \\22 Heron\\22 "');
    expect(cssString('a\\b')).toBe('"a\\5C b"');
    expect(cssString('</style><script>')).toBe('"\\3C /style>\\3C script>"');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
  });
});

describe('blocksSummary', () => {
  const paragraph = (...texts: string[]) => ({
    type: 'paragraph' as const,
    children: texts.map((text) => ({ type: 'text' as const, text })),
  });

  it('is the first paragraph’s text, links and styles flattened', () => {
    const link = { type: 'link' as const, url: 'https://example.org', children: [{ type: 'text' as const, text: 'Northfield High' }] };
    const blocks = [
      { type: 'heading' as const, level: 2, children: [{ type: 'text' as const, text: 'Who we are' }] },
      {
        type: 'paragraph' as const,
        children: [{ type: 'text' as const, text: 'The paper of ' }, link, { type: 'text' as const, text: '.' }],
      },
      paragraph('Second paragraph.'),
    ];
    expect(blocksSummary(blocks)).toBe('The paper of Northfield High.');
  });

  it('cuts a long paragraph at a word, within 160 characters, with an ellipsis', () => {
    const summary = blocksSummary([paragraph('word, '.repeat(60))]);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary).toMatch(/word…$/);
  });

  it('is empty for rich text without a paragraph', () => {
    expect(blocksSummary([])).toBe('');
  });
});
