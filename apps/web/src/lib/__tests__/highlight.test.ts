import { highlightRuns } from '../highlight';

const marked = (text: string, terms: string[]) =>
  highlightRuns(text, terms)
    .map((run) => (run.match ? `[${run.text}]` : run.text))
    .join('');

describe('highlightRuns', () => {
  it.each<[string, string[], string]>([
    ['Night buses return', ['bus'], 'Night [buses] return'],
    ['The Café on Elm', ['cafe'], 'The [Café] on Elm'],
    ['A rebus, not a bus.', ['bus'], 'A rebus, not a [bus].'],
    ['School board meets', ['school board'], '[School] [board] meets'],
    ['Don’t stop', ['don t'], '[Don]’[t] stop'],
    ['Nothing here', ['zebra'], 'Nothing here'],
    ['', ['x'], ''],
  ])('%j with %j → %j', (text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = '“Quotes”, dashes — and 1,200 signatures!';
    expect(
      highlightRuns(text, ['signatures', 'quotes'])
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
