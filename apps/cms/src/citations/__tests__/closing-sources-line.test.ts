import { closingSourcesList, withoutRepeatedSourcesLine } from '../closing-sources-line';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('closingSourcesList', () => {
  it.each([
    ['Information retrieved from Defense.gov, BBC, NBC News and Brookings.', 'Defense.gov, BBC, NBC News and Brookings'],
    ['*Information retrieved from Defense.gov, BBC and Brookings.*', 'Defense.gov, BBC and Brookings'],
    ['_Info retrieved from: BBC_', 'BBC'],
    ['“Facts were gathered from the USDA”', 'the USDA'],
    ['Data  obtained   from NASA', 'NASA'],
  ])('reads %j as a closing sources line listing %j', (line, list) => {
    expect(closingSourcesList(line)).toBe(list);
  });

  it.each(['He said the data was retrieved from a broken server.', 'Information retrieved from', 'Sources: BBC', ''])(
    'does not take %j for one',
    (line) => {
      expect(closingSourcesList(line)).toBeNull();
    },
  );
});

describe('withoutRepeatedSourcesLine', () => {
  const story = [paragraph('The story.'), paragraph('Information retrieved from BBC.')];

  it('drops the closing line of an article that lists its sources as data', () => {
    expect(withoutRepeatedSourcesLine(story, 1)).toEqual([paragraph('The story.')]);
  });

  it('keeps it where the article has no sources as data, or where it is not the last block', () => {
    expect(withoutRepeatedSourcesLine(story, 0)).toBeNull();
    expect(withoutRepeatedSourcesLine([...story, paragraph('A postscript.')], 1)).toBeNull();
    expect(
      withoutRepeatedSourcesLine([{ type: 'quote', children: [{ type: 'text', text: 'Information retrieved from BBC.' }] }], 1),
    ).toBeNull();
  });

  it('never leaves a body empty', () => {
    expect(withoutRepeatedSourcesLine([paragraph('Information retrieved from BBC.')], 1)).toBeNull();
  });
});
