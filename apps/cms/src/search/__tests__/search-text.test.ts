import { fold } from '../fold';
import { articleSearchText, MAX_TERMS, searchTerms } from '../search-text';

describe('fold', () => {
  it.each([
    ['Café CRÈME', 'cafe creme'],
    ['don’t “quote” me', 'don t quote me'],
    ['a — b – c, d.', 'a b c d'],
    ['  spaced\n\tout  ', 'spaced out'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['Straße', 'straße'],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('searchTerms', () => {
  it.each<[string, string[]]>([
    ['night buses', ['night', 'buses']],
    ['Night  NIGHT night', ['night']],
    ['"school board" budget', ['school board', 'budget']],
    ['“school board”', ['school board']],
    ['budget, vote!', ['budget', 'vote']],
    ['-- ... !!', []],
    ['Café', ['cafe']],
    ['e-sports', ['e sports']],
    ["don't", ['don t']],
    ['100%', ['100']],
  ])('%j → %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it(`keeps at most ${MAX_TERMS} terms`, () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(MAX_TERMS);
  });
});

describe('articleSearchText', () => {
  it('folds title, dek and the body text together', () => {
    const body = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'The Café reopens ' },
          { type: 'link', url: 'https://x.test', children: [{ type: 'text', text: 'Monday' }] },
        ],
      },
    ];
    expect(articleSearchText({ title: 'Night Buses', dek: 'Routes return.', body })).toBe(
      ' night buses routes return the cafe reopens monday ',
    );
  });

  it('ignores fields that are missing or not text', () => {
    expect(articleSearchText({ title: 'Only a title', dek: null, body: 'not blocks' })).toBe(' only a title ');
  });
});
