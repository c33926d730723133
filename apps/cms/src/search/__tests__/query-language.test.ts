import { parseSearchExpression, QueryLanguageError, toFts5Query, toWebsearchQuery, wantedWords } from '../query-language';

describe('parseSearchExpression', () => {
  it('reads words, phrases, alternatives and exclusions, folded', () => {
    expect(parseSearchExpression('Night  BUSES "Café Society" or trams -strike -"rush hour"')).toEqual({
      alternatives: [[['night'], ['buses'], ['cafe', 'society']], [['trams']]],
      excluded: [['strike'], ['rush', 'hour']],
    });
  });

  it('reads typographic quotes, an unclosed quote and punctuation inside words as a reader means them', () => {
    expect(parseSearchExpression('“don’t stop” "open end')).toEqual({
      alternatives: [
        [
          ['don', 't', 'stop'],
          ['open', 'end'],
        ],
      ],
      excluded: [],
    });
  });

  it('treats a leading, trailing or doubled or as nothing, and a quoted "or" as a word', () => {
    expect(parseSearchExpression('or a or or b or').alternatives).toEqual([[['a']], [['b']]]);
    expect(parseSearchExpression('"or"').alternatives).toEqual([[['or']]]);
  });

  it('drops repeats and punctuation-only pieces', () => {
    expect(parseSearchExpression('vote vote ?! -- vote').alternatives).toEqual([[['vote']]]);
  });

  it.each([
    ['', /at least one letter or digit/],
    ['!!! ---', /at least one letter or digit/],
    ['-a -b', /not only words to leave out/],
    [Array.from({ length: 33 }, (_, at) => `w${at}`).join(' '), /at most 32 words/],
    [
      `"${Array.from({ length: 20 }, (_, at) => `w${at}`).join(' ')}" ${Array.from({ length: 13 }, (_, at) => `x${at}`).join(' ')}`,
      /at most 32 words/,
    ],
  ])('refuses %j', (query, message) => {
    expect(() => parseSearchExpression(query)).toThrow(QueryLanguageError);
    expect(() => parseSearchExpression(query)).toThrow(message);
  });

  it('lists the wanted words once each', () => {
    expect(wantedWords(parseSearchExpression('a "a b" or c -d'))).toEqual(['a', 'b', 'c']);
  });
});

describe('query rendering', () => {
  const expression = parseSearchExpression('night "bus route" or tram -strike');

  it('renders FTS5 with every phrase quoted, so no word is read as syntax', () => {
    expect(toFts5Query(expression)).toBe('(("night" AND "bus route") OR ("tram")) NOT "strike"');
    expect(toFts5Query(parseSearchExpression('NEAR(a b) col:x y* ^z'))).toBe('(("near a" AND "b" AND "col x" AND "y" AND "z"))');
  });

  it('renders websearch syntax with the exclusion in every alternative', () => {
    expect(toWebsearchQuery(expression)).toBe('"night" "bus route" -"strike" or "tram" -"strike"');
  });
});
