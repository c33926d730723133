import { measurePopulate } from '../validate-query';

describe('measurePopulate', () => {
  it.each([
    ['nothing', undefined, { entries: 0, depth: 0 }],
    ['populate=*', '*', { entries: 1, depth: 1 }],
    ['a comma list', 'authors,issue,tags', { entries: 3, depth: 1 }],
    ['a list', ['authors', 'issue'], { entries: 2, depth: 1 }],
    ['an object', { authors: true, issue: { fields: ['number'] } }, { entries: 4, depth: 1 }],
    ['one nested relation', { issue: { populate: { volume: '*' } } }, { entries: 4, depth: 2 }],
    ['a nested list', { issue: { populate: ['volume', 'cover'] } }, { entries: 4, depth: 2 }],
  ])('measures %s', (_name, populate, expected) => {
    expect(measurePopulate(populate)).toEqual(expected);
  });

  it('counts every level of a deep chain', () => {
    let populate: unknown = '*';
    for (let level = 0; level < 6; level += 1) populate = { createdBy: { populate } };
    expect(measurePopulate(populate).depth).toBe(7);
  });

  it('counts the entries of a list parsed into an object (qs turns indices past 100 into keys)', () => {
    const wide = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [String(index), `relation${index}`]));
    expect(measurePopulate(wide).entries).toBeGreaterThan(100);
  });
});
