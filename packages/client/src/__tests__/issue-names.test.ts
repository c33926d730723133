import { formatCoverDate, issueName } from '../issue-names';

describe('issueName', () => {
  it('names an issue by volume, number and cover month', () => {
    expect(issueName({ volume: 19, number: 4, coverDate: '2025-01-01' })).toBe('Volume 19, Issue 4 · January 2025');
  });

  it('leaves out what is not filled in yet instead of printing null', () => {
    expect(issueName({ volume: null, number: 2, coverDate: '2025-02-01' })).toBe('Issue 2 · February 2025');
    expect(issueName({ volume: 3, number: null, coverDate: null })).toBe('Volume 3, Unnumbered issue');
  });
});

describe('formatCoverDate', () => {
  it('reads the date in UTC so the month never shifts with the server time zone', () => {
    expect(formatCoverDate('2024-09-01')).toBe('September 2024');
    expect(formatCoverDate('2024-12-31T00:00:00.000Z')).toBe('December 2024');
  });
});
