import { slugOf, summaryOf } from '../text';

describe('slugOf', () => {
  it.each([
    ['Jane Doe', 'jane-doe'],
    ['  JANE   DOE ', 'jane-doe'],
    ['Zoë Ångström', 'zoe-angstrom'],
    ['Seán O’Brien-Ruiz', 'sean-obrien-ruiz'],
    ['J. R. Smith Jr.', 'j-r-smith-jr'],
    ['王小明', '王小明'],
  ])('%j → %j', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});

describe('summaryOf', () => {
  it('takes a short first paragraph whole', () => {
    expect(summaryOf(['The board voted 5–2 on Tuesday.', 'More.'])).toBe('The board voted 5–2 on Tuesday.');
  });

  it('takes the whole sentences of a long first paragraph that fit in 300 characters', () => {
    const sentence = 'The city’s transit board voted on Tuesday to restore three night routes cut in 2020. ';
    const summary = summaryOf([sentence.repeat(6)]);
    expect(summary).toBe(sentence.repeat(3).trim());
    expect(summary.length).toBeLessThanOrEqual(300);
  });

  it('cuts a long first sentence at a word, with an ellipsis', () => {
    const summary = summaryOf([`${'word '.repeat(100)}end.`]);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/^word( word)+…$/);
  });
});
