import { formatCoverDate, formatDay, issueLine, namesList, readingTimeLabel, volumeYears } from '../format';
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
    expect(readingTimeLabel(4)).toBe('4 min read');
    expect(readingTimeLabel(null)).toBeNull();
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
