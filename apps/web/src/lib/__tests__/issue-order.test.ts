import type { Volume } from '@masthead/client';
import { issueNeighbours, issuesNewestFirst } from '../issue-order';

const issue = (number: number, coverDate: string) => ({ documentId: `i${number}`, number, coverDate, title: null, cover: null });
const volume = (number: number, issues: Volume['issues']): Volume => ({
  documentId: `v${number}`,
  number,
  startYear: 2005 + number,
  endYear: 2006 + number,
  title: null,
  description: null,
  issues,
});
// Out of order on purpose: the CMS's order is not the reading order.
const volumes = [
  volume(19, [issue(2, '2024-11-01'), issue(1, '2024-09-01')]),
  volume(18, [issue(8, '2024-05-01'), issue(7, '2024-03-01')]),
];

describe('issueNeighbours', () => {
  it('steps across volumes: Volume 18’s last issue comes before Volume 19’s first', () => {
    const { previous, next } = issueNeighbours(volumes, 19, 1);
    expect(previous).toEqual({ volume: 18, number: 8, coverDate: '2024-05-01', title: null });
    expect(next).toEqual(expect.objectContaining({ volume: 19, number: 2 }));
  });

  it('has no previous issue for the first and no next for the newest', () => {
    expect(issueNeighbours(volumes, 18, 7).previous).toBeNull();
    expect(issueNeighbours(volumes, 19, 2).next).toBeNull();
  });

  it('has no neighbours for an issue it does not know (a preview of a draft issue)', () => {
    expect(issueNeighbours(volumes, 19, 9)).toEqual({ previous: null, next: null });
  });
});

describe('issuesNewestFirst', () => {
  it('puts the latest issue of a volume first', () => {
    expect(issuesNewestFirst(volumes[1].issues).map((each) => each.number)).toEqual([8, 7]);
  });
});
