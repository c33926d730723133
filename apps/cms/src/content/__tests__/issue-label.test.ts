import { formatCoverDate, issueLabel } from '../issue-label';

describe('issueLabel', () => {
  it('names an issue by volume, number and cover month', () => {
    expect(issueLabel({ volumeNumber: 19, number: 4, coverDate: '2025-01-01' })).toBe('Vol. 19, No. 4 · January 2025');
  });

  it('says what is missing instead of printing null', () => {
    expect(issueLabel({ volumeNumber: null, number: null, coverDate: null })).toBe('No volume, No. ?');
  });
});

describe('formatCoverDate', () => {
  it('reads the date in UTC so the month never shifts with the server time zone', () => {
    expect(formatCoverDate('2024-09-01')).toBe('September 2024');
    expect(formatCoverDate('2024-12-31T00:00:00.000Z')).toBe('December 2024');
  });
});
