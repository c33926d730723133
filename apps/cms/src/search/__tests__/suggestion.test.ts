import { parseSearchExpression, toReaderQuery } from '../query-language';
import { closestWord, corrected, editDistance } from '../suggestion';

describe('editDistance', () => {
  it.each([
    ['receive', 'receive', 0],
    ['recieve', 'receive', 1],
    ['thermometr', 'thermometer', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['café', 'cafe', 1],
  ])('%s → %s: %i', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
  });
});

describe('closestWord', () => {
  const vocabulary = [
    { word: 'council', documents: 40 },
    { word: 'counsel', documents: 3 },
    { word: 'cancel', documents: 9 },
    { word: 'bus', documents: 12 },
    { word: 'buzz', documents: 1 },
  ];

  it('picks the fewest edits, then the word more articles use', () => {
    expect(closestWord('councel', vocabulary)).toBe('council');
    expect(closestWord('bux', vocabulary)).toBe('bus');
  });

  it('allows one edit in a short word and two in a longer one, and offers nothing further away', () => {
    expect(closestWord('bzzt', vocabulary)).toBeNull();
    expect(closestWord('cuncl', vocabulary)).toBe('council');
    expect(closestWord('zzzyzzy', vocabulary)).toBeNull();
  });
});

describe('corrected and toReaderQuery', () => {
  it('replaces misspelt words everywhere and writes the query as a reader would', () => {
    const expression = parseSearchExpression('"nite bus" or councel -strke');
    const fixed = corrected(
      expression,
      new Map([
        ['nite', 'night'],
        ['councel', 'council'],
        ['strke', 'strike'],
      ]),
    );
    expect(toReaderQuery(fixed)).toBe('"night bus" or council -strike');
  });
});
