import { CITATION_STYLES, citationParts, formatCitation } from '../citations';
import type { CitableArticle, CitationStyle } from '../citations';

const URL = 'https://northfieldledger.org/news/school-board-start-times';
const BARE_URL = 'northfieldledger.org/news/school-board-start-times';
const TITLE = 'School board approves later start times';

const sample: CitableArticle = {
  title: TITLE,
  authors: [{ name: 'Priya Raman' }, { name: 'Daniel Reyes' }],
  publication: 'The Northfield Ledger',
  volume: 19,
  issue: 3,
  publishedAt: '2025-01-02T13:00:00.000Z',
  url: URL,
};

const article = (overrides: Partial<CitableArticle>): CitableArticle => ({ ...sample, ...overrides });

/** Twenty-one distinct bylines, so every author-count rule can be exercised. */
const NAMES = [
  'Priya Raman',
  'Daniel Reyes',
  'Mei Chen',
  'Omar Haddad',
  'Sofia Rossi',
  'Liam Walsh',
  'Ana Silva',
  'Noah Kim',
  'Emma Novak',
  'Lucas Weber',
  'Aisha Bello',
  'Jonas Berg',
  'Chloe Martin',
  'Ravi Patel',
  'Hana Sato',
  'Diego Ortiz',
  'Nora Lund',
  'Felix Braun',
  'Ines Costa',
  'Yusuf Demir',
  'Zoe Clarke',
];
const withAuthors = (count: number) => article({ authors: NAMES.slice(0, count).map((name) => ({ name })) });

const bibtex = (key: string, fields: string[]) => `@article{${key},\n${fields.map((field) => `  ${field}`).join(',\n')}\n}`;

describe('CITATION_STYLES', () => {
  it('lists the four styles with their labels, in menu order', () => {
    expect(CITATION_STYLES).toEqual([
      { style: 'apa', label: 'APA' },
      { style: 'mla', label: 'MLA' },
      { style: 'chicago', label: 'Chicago' },
      { style: 'bibtex', label: 'BibTeX' },
    ]);
  });
});

describe('the sample article', () => {
  it.each<[CitationStyle, string]>([
    ['apa', `Raman, P., & Reyes, D. (2025, January 2). ${TITLE}. The Northfield Ledger, 19(3). ${URL}`],
    ['mla', `Raman, Priya, and Daniel Reyes. “${TITLE}.” The Northfield Ledger, vol. 19, no. 3, 2 Jan. 2025, ${BARE_URL}.`],
    ['chicago', `Raman, Priya, and Daniel Reyes. “${TITLE}.” The Northfield Ledger 19, no. 3 (January 2, 2025). ${URL}.`],
    [
      'bibtex',
      bibtex('raman2025school', [
        `title = {{${TITLE}}}`,
        'author = {Raman, Priya and Reyes, Daniel}',
        'journal = {The Northfield Ledger}',
        'volume = {19}',
        'number = {3}',
        'year = {2025}',
        'month = jan',
        `url = {${URL}}`,
      ]),
    ],
  ])('is cited in %s exactly as the style guide shows', (style, expected) => {
    expect(formatCitation(sample, style)).toBe(expected);
  });
});

describe('APA author lists', () => {
  const tail = ` (2025, January 2). ${TITLE}. The Northfield Ledger, 19(3). ${URL}`;
  it.each<[number, string]>([
    [1, 'Raman, P.'],
    [2, 'Raman, P., & Reyes, D.'],
    [3, 'Raman, P., Reyes, D., & Chen, M.'],
    [8, 'Raman, P., Reyes, D., Chen, M., Haddad, O., Rossi, S., Walsh, L., Silva, A., & Kim, N.'],
    [
      20,
      'Raman, P., Reyes, D., Chen, M., Haddad, O., Rossi, S., Walsh, L., Silva, A., Kim, N., Novak, E., Weber, L., ' +
        'Bello, A., Berg, J., Martin, C., Patel, R., Sato, H., Ortiz, D., Lund, N., Braun, F., Costa, I., & Demir, Y.',
    ],
    [
      21,
      'Raman, P., Reyes, D., Chen, M., Haddad, O., Rossi, S., Walsh, L., Silva, A., Kim, N., Novak, E., Weber, L., ' +
        'Bello, A., Berg, J., Martin, C., Patel, R., Sato, H., Ortiz, D., Lund, N., Braun, F., Costa, I., . . . Clarke, Z.',
    ],
  ])('with %i author(s) reads "%s"', (count, authors) => {
    expect(formatCitation(withAuthors(count), 'apa')).toBe(`${authors}${tail}`);
  });

  it('abbreviates every given name, keeping hyphenated initials together', () => {
    const citation = formatCitation(article({ authors: [{ name: 'Mary Ann Evans' }, { name: 'Jean-Paul Sartre' }] }), 'apa');
    expect(citation.startsWith('Evans, M. A., & Sartre, J.-P. (2025, January 2).')).toBe(true);
  });
});

describe('MLA author lists', () => {
  const tail = ` “${TITLE}.” The Northfield Ledger, vol. 19, no. 3, 2 Jan. 2025, ${BARE_URL}.`;
  it.each<[number, string]>([
    [1, 'Raman, Priya.'],
    [2, 'Raman, Priya, and Daniel Reyes.'],
    [3, 'Raman, Priya, et al.'],
    [8, 'Raman, Priya, et al.'],
    [21, 'Raman, Priya, et al.'],
  ])('with %i author(s) reads "%s"', (count, authors) => {
    expect(formatCitation(withAuthors(count), 'mla')).toBe(`${authors}${tail}`);
  });
});

describe('Chicago author lists', () => {
  const tail = ` “${TITLE}.” The Northfield Ledger 19, no. 3 (January 2, 2025). ${URL}.`;
  it.each<[number, string]>([
    [1, 'Raman, Priya.'],
    [2, 'Raman, Priya, and Daniel Reyes.'],
    [3, 'Raman, Priya, Daniel Reyes, and Mei Chen.'],
    [8, 'Raman, Priya, Daniel Reyes, Mei Chen, Omar Haddad, Sofia Rossi, Liam Walsh, Ana Silva, and Noah Kim.'],
    [
      10,
      'Raman, Priya, Daniel Reyes, Mei Chen, Omar Haddad, Sofia Rossi, Liam Walsh, Ana Silva, Noah Kim, Emma Novak, ' + 'and Lucas Weber.',
    ],
    [11, 'Raman, Priya, Daniel Reyes, Mei Chen, Omar Haddad, Sofia Rossi, Liam Walsh, Ana Silva, et al.'],
    [21, 'Raman, Priya, Daniel Reyes, Mei Chen, Omar Haddad, Sofia Rossi, Liam Walsh, Ana Silva, et al.'],
  ])('with %i author(s) reads "%s"', (count, authors) => {
    expect(formatCitation(withAuthors(count), 'chicago')).toBe(`${authors}${tail}`);
  });
});

describe('BibTeX author lists', () => {
  it.each<[number, string]>([
    [1, 'author = {Raman, Priya}'],
    [2, 'author = {Raman, Priya and Reyes, Daniel}'],
    [3, 'author = {Raman, Priya and Reyes, Daniel and Chen, Mei}'],
    [
      8,
      'author = {Raman, Priya and Reyes, Daniel and Chen, Mei and Haddad, Omar and Rossi, Sofia and Walsh, Liam ' +
        'and Silva, Ana and Kim, Noah}',
    ],
  ])('with %i author(s) names everyone: %s', (count, line) => {
    const citation = formatCitation(withAuthors(count), 'bibtex');
    expect(citation.split('\n')).toContain(`  ${line},`);
    expect(citation.startsWith('@article{raman2025school,\n')).toBe(true);
  });

  it('with 21 authors still names all of them, because BibTeX styles do their own truncation', () => {
    const line = formatCitation(withAuthors(21), 'bibtex').split('\n')[2];
    expect(line.split(' and ')).toHaveLength(21);
    expect(line.endsWith('Clarke, Zoe},')).toBe(true);
  });
});

describe('an article without a byline', () => {
  const anonymous = article({ authors: [] });
  it.each<[CitationStyle, string]>([
    ['apa', `${TITLE}. (2025, January 2). The Northfield Ledger, 19(3). ${URL}`],
    ['mla', `“${TITLE}.” The Northfield Ledger, vol. 19, no. 3, 2 Jan. 2025, ${BARE_URL}.`],
    ['chicago', `“${TITLE}.” The Northfield Ledger 19, no. 3 (January 2, 2025). ${URL}.`],
    [
      'bibtex',
      bibtex('northfield2025school', [
        `title = {{${TITLE}}}`,
        'author = {{The Northfield Ledger}}',
        'journal = {The Northfield Ledger}',
        'volume = {19}',
        'number = {3}',
        'year = {2025}',
        'month = jan',
        `url = {${URL}}`,
      ]),
    ],
  ])('in %s starts with the title (or credits the publication in BibTeX)', (style, expected) => {
    expect(formatCitation(anonymous, style)).toBe(expected);
  });

  it('treats blank bylines as no byline at all', () => {
    expect(formatCitation(article({ authors: [{ name: '  ' }] }), 'apa')).toBe(formatCitation(anonymous, 'apa'));
  });
});

describe('Unicode names', () => {
  const unicode = article({ authors: [{ name: 'José Núñez' }, { name: 'Zoë Ångström' }] });
  it.each<[CitationStyle, string]>([
    ['apa', 'Núñez, J., & Ångström, Z. (2025, January 2).'],
    ['mla', 'Núñez, José, and Zoë Ångström. “'],
    ['chicago', 'Núñez, José, and Zoë Ångström. “'],
    [
      'bibtex',
      '@article{nunez2025school,\n  title = {{School board approves later start times}},\n  author = {Núñez, José and Ångström, Zoë},',
    ],
  ])('are kept intact in %s', (style, start) => {
    expect(formatCitation(unicode, style).startsWith(start)).toBe(true);
  });

  it('are stripped to ASCII only in the BibTeX key, including the title word', () => {
    const citation = formatCitation(article({ title: 'Élection du conseil', authors: [{ name: 'Søren Ørsted' }] }), 'bibtex');
    // "Ø" has no NFD decomposition, so it is transliterated by hand rather than dropped.
    expect(citation.split('\n')[0]).toBe('@article{orsted2025election,');
  });
});

describe('a single-word name', () => {
  const mononym = article({ authors: [{ name: 'Zendaya' }] });
  it.each<[CitationStyle, string]>([
    ['apa', `Zendaya. (2025, January 2). ${TITLE}. The Northfield Ledger, 19(3). ${URL}`],
    ['mla', `Zendaya. “${TITLE}.” The Northfield Ledger, vol. 19, no. 3, 2 Jan. 2025, ${BARE_URL}.`],
    ['chicago', `Zendaya. “${TITLE}.” The Northfield Ledger 19, no. 3 (January 2, 2025). ${URL}.`],
    [
      'bibtex',
      bibtex('zendaya2025school', [
        `title = {{${TITLE}}}`,
        'author = {Zendaya}',
        'journal = {The Northfield Ledger}',
        'volume = {19}',
        'number = {3}',
        'year = {2025}',
        'month = jan',
        `url = {${URL}}`,
      ]),
    ],
  ])('is used as the family name in %s', (style, expected) => {
    expect(formatCitation(mononym, style)).toBe(expected);
  });
});

describe('unknown volume and issue', () => {
  it.each<[CitationStyle, Pick<CitableArticle, 'volume' | 'issue'>, string]>([
    ['apa', { volume: null, issue: null }, `(2025, January 2). ${TITLE}. The Northfield Ledger. ${URL}`],
    ['apa', { volume: 19, issue: null }, `(2025, January 2). ${TITLE}. The Northfield Ledger, 19. ${URL}`],
    ['apa', { volume: null, issue: 3 }, `(2025, January 2). ${TITLE}. The Northfield Ledger. ${URL}`],
    ['mla', { volume: null, issue: null }, `“${TITLE}.” The Northfield Ledger, 2 Jan. 2025, ${BARE_URL}.`],
    ['mla', { volume: 19, issue: null }, `“${TITLE}.” The Northfield Ledger, vol. 19, 2 Jan. 2025, ${BARE_URL}.`],
    ['mla', { volume: null, issue: 3 }, `“${TITLE}.” The Northfield Ledger, no. 3, 2 Jan. 2025, ${BARE_URL}.`],
    ['chicago', { volume: null, issue: null }, `“${TITLE}.” The Northfield Ledger, January 2, 2025. ${URL}.`],
    ['chicago', { volume: 19, issue: null }, `“${TITLE}.” The Northfield Ledger 19 (January 2, 2025). ${URL}.`],
    ['chicago', { volume: null, issue: 3 }, `“${TITLE}.” The Northfield Ledger, no. 3 (January 2, 2025). ${URL}.`],
  ])('in %s with %o are left out cleanly', (style, numbers, expectedEnd) => {
    const citation = formatCitation(article(numbers), style);
    expect(citation.endsWith(expectedEnd)).toBe(true);
  });

  it.each<[Pick<CitableArticle, 'volume' | 'issue'>, string[]]>([
    [{ volume: null, issue: null }, []],
    [{ volume: 19, issue: null }, ['volume = {19}']],
    [{ volume: null, issue: 3 }, ['number = {3}']],
  ])('in BibTeX with %o drop their fields and keep the rest', (numbers, kept) => {
    const lines = formatCitation(article(numbers), 'bibtex').split('\n');
    expect(lines.filter((line) => /^ {2}(volume|number) = /.test(line)).map((line) => line.trim().replace(/,$/, ''))).toEqual(kept);
    expect(lines.slice(-2)).toEqual([`  url = {${URL}}`, '}']);
  });
});

describe('the access date', () => {
  const accessed = article({ accessedAt: '2025-02-05' });
  it.each<[CitationStyle, string, string]>([
    ['mla', `2 Jan. 2025, ${BARE_URL}.`, `2 Jan. 2025, ${BARE_URL}. Accessed 5 Feb. 2025.`],
    ['bibtex', `  url = {${URL}}\n}`, `  url = {${URL}},\n  urldate = {2025-02-05}\n}`],
  ])('in %s is omitted by default and appended when given', (style, withoutAccess, withAccess) => {
    expect(formatCitation(sample, style).endsWith(withoutAccess)).toBe(true);
    expect(formatCitation(accessed, style).endsWith(withAccess)).toBe(true);
  });

  it.each<CitationStyle>(['apa', 'chicago'])('is not part of a %s citation', (style) => {
    expect(formatCitation(accessed, style)).toBe(formatCitation(sample, style));
  });

  it.each<[CitationStyle, string]>([
    ['mla', 'Accessed 5 Feb. 2025.'],
    ['bibtex', 'urldate = {2025-02-05}'],
  ])('in %s is read in UTC when given as a full timestamp', (style, expected) => {
    expect(formatCitation(article({ accessedAt: '2025-02-05T23:30:00.000Z' }), style)).toContain(expected);
  });
});

describe('BibTeX escaping', () => {
  const budget = article({ title: 'Budget: 50% cut & $1.4M_gap {draft}', publication: 'Arts & Letters #4' });
  const lines = formatCitation(budget, 'bibtex').split('\n');

  it.each<[string, string]>([
    ['key', '@article{raman2025budget,'],
    ['title', '  title = {{Budget: 50\\% cut \\& \\$1.4M\\_gap \\{draft\\}}},'],
    ['journal', '  journal = {Arts \\& Letters \\#4},'],
  ])('escapes specials in the %s', (_field, line) => {
    expect(lines).toContain(line);
  });

  it.each<[string, string]>([
    ['Approx~10', '  title = {{Approx\\textasciitilde{}10}},'],
    ['x^2', '  title = {{x\\textasciicircum{}2}},'],
    ['C:\\temp', '  title = {{C:\\textbackslash{}temp}},'],
  ])('replaces the special in "%s" with a command that prints it', (title, line) => {
    expect(formatCitation(article({ title }), 'bibtex').split('\n')).toContain(line);
  });

  it('leaves the url verbatim, as BibTeX url fields are not TeX-escaped', () => {
    const url = 'https://example.org/a_b?x=1%202&y=3#top';
    expect(formatCitation(article({ url }), 'bibtex')).toContain(`  url = {${url}}`);
  });
});

describe('dates', () => {
  const lateNight = article({ publishedAt: '2025-01-31T23:30:00Z' });
  it.each<[CitationStyle, string]>([
    ['apa', '(2025, January 31).'],
    ['mla', '31 Jan. 2025,'],
    ['chicago', '(January 31, 2025).'],
    ['bibtex', '  month = jan,'],
  ])('in %s stay on January 31 late in the evening, because they are read in UTC', (style, expected) => {
    expect(formatCitation(lateNight, style)).toContain(expected);
  });

  it.each<[number, string, string]>([
    [5, 'May', 'may'],
    [6, 'June', 'jun'],
    [7, 'July', 'jul'],
    [9, 'Sept.', 'sep'],
    [12, 'Dec.', 'dec'],
  ])('month %i is abbreviated "%s" in MLA and "%s" in BibTeX', (month, mla, bib) => {
    const dated = article({ publishedAt: `2025-${String(month).padStart(2, '0')}-10T12:00:00Z` });
    expect(formatCitation(dated, 'mla')).toContain(`10 ${mla} 2025,`);
    expect(formatCitation(dated, 'bibtex')).toContain(`  month = ${bib},`);
  });

  it.each<[CitationStyle, string]>([
    ['apa', 'Raman, P., & Reyes, D. (n.d.).'],
    ['mla', `The Northfield Ledger, vol. 19, no. 3, ${BARE_URL}.`],
    ['chicago', 'The Northfield Ledger 19, no. 3 (n.d.).'],
  ])('in %s fall back to "no date" rather than printing NaN for an unreadable timestamp', (style, expected) => {
    expect(formatCitation(article({ publishedAt: 'not a date' }), style)).toContain(expected);
  });
});

describe('titles', () => {
  it.each<[CitationStyle, string]>([
    ['apa', 'Who pays for the new gym? (2025'],
    ['mla', '“Who pays for the new gym?” The'],
    ['chicago', '“Who pays for the new gym?” The'],
  ])('ending in a question mark get no extra period in %s', (style, expected) => {
    const citation = formatCitation(article({ authors: [], title: 'Who pays for the new gym?' }), style);
    expect(citation).toContain(expected);
  });

  it('are used as given in APA, without re-casing', () => {
    const citation = formatCitation(article({ title: 'Meet The NASA Intern From Room 204' }), 'apa');
    expect(citation).toContain('. Meet The NASA Intern From Room 204. The Northfield Ledger');
  });

  it.each<CitationStyle>(['mla', 'chicago'])('have inner double quotes turned into single quotes in %s', (style) => {
    const citation = formatCitation(article({ title: 'Students say "enough" to early buses' }), style);
    expect(citation).toContain('“Students say ‘enough’ to early buses.”');
  });
});

describe('output hygiene', () => {
  const variants: CitableArticle[] = [
    sample,
    article({ authors: [] }),
    article({ volume: null, issue: null }),
    article({ accessedAt: '2025-02-05' }),
    article({ publishedAt: 'garbage' }),
    withAuthors(21),
  ];
  const cases = CITATION_STYLES.flatMap(({ style }) => variants.map((variant, index) => [style, index, variant] as const));

  it.each(cases)('%s citation of variant %i never prints undefined, null, NaN or markup', (style, _index, variant) => {
    const citation = formatCitation(variant, style);
    expect(citation).not.toMatch(/undefined|null|NaN|<\/?[a-z]|\*/i);
  });

  it.each(cases)('%s citation of variant %i is the same every time', (style, _index, variant) => {
    expect(formatCitation(JSON.parse(JSON.stringify(variant)) as CitableArticle, style)).toBe(formatCitation(variant, style));
  });
});

describe('citationParts', () => {
  const italics = (style: CitationStyle, of = sample) =>
    citationParts(of, style)
      .filter((part) => part.italic)
      .map((part) => part.text);

  it.each(CITATION_STYLES.map(({ style }) => style))('joins into exactly the plain %s citation', (style) => {
    expect(
      citationParts(sample, style)
        .map((part) => part.text)
        .join(''),
    ).toBe(formatCitation(sample, style));
  });

  it('sets in italics what each style sets in italics: the periodical (and in APA its volume), never the headline', () => {
    expect(italics('apa')).toEqual(['The Northfield Ledger', '19']);
    expect(italics('mla')).toEqual(['The Northfield Ledger']);
    expect(italics('chicago')).toEqual(['The Northfield Ledger']);
    expect(italics('bibtex')).toEqual([]);
  });

  it('cannot be tricked into italics by the marker characters in a field', () => {
    const tricky = { ...sample, title: 'A \u0001sly\u0002 title', publication: 'The \u0002Ledger' };
    expect(italics('mla', tricky)).toEqual(['The Ledger']);
    expect(formatCitation(tricky, 'mla')).toContain('“A sly title.”');
  });
});
