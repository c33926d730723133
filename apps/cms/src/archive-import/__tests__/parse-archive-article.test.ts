import { ArchiveFormatError } from '../errors';
import { MAX_LINE_LENGTH, parseArchiveArticle, parseCoverDate } from '../parse-archive-article';

const article = (...lines: string[]) => lines.join('\n');
const parse = (text: string) => parseArchiveArticle(text, 'archive/v19i4-buses.txt');

/** The error a malformed file gets: its line and what is wrong. */
function failure(text: string): { line: number; detail: string; message: string } {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ArchiveFormatError) return { line: error.line, detail: error.detail, message: error.message };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const WELL_FORMED = article(
  'VOLUME 19, ISSUE 4',
  'January 2025',
  'Night buses return to the east side',
  'By: Jane Doe and John Roe',
  '',
  'The city’s transit board voted 5–2 on Tuesday to restore three night routes — the first',
  'since service was cut in 2020.',
  '',
  '“We heard from nurses and cooks,” said board chair Ana Ruiz.',
  '',
  'Information retrieved from Defense.gov, BBC, NBC News, and Brookings',
);

describe('parseArchiveArticle', () => {
  it('reads a well-formed file: header, cover date, title, byline, paragraphs and closing sources', () => {
    expect(parse(WELL_FORMED)).toEqual({
      volume: 19,
      issue: 4,
      coverDate: '2025-01-01',
      title: 'Night buses return to the east side',
      authors: ['Jane Doe', 'John Roe'],
      paragraphs: [
        'The city’s transit board voted 5–2 on Tuesday to restore three night routes — the first since service was cut in 2020.',
        '“We heard from nurses and cooks,” said board chair Ana Ruiz.',
      ],
      sources: [{ name: 'Defense.gov' }, { name: 'BBC' }, { name: 'NBC News' }, { name: 'Brookings' }],
    });
  });

  it.each([
    ['VOLUME 19, ISSUE 4', 19, 4],
    ['Volume 19, Issue 4', 19, 4],
    ['volume 19 issue 4', 19, 4],
    ['VOLUME  19 ,  ISSUE  4', 19, 4],
    ['Vol. 19 No. 4', 19, 4],
    ['Vol 19, No 4', 19, 4],
    ['Vol.19, Iss. 4', 19, 4],
    ['Volume 19 · Issue 4', 19, 4],
    ['Volume 19 — Number 4', 19, 4],
    ['Vol. 19 #4', 19, 4],
    ['Volume XIX, Issue 4', 19, 4],
    ['VOL. XIV, NO. IX', 14, 9],
  ])('reads the header %j', (header, volume, issue) => {
    expect(parse(WELL_FORMED.replace('VOLUME 19, ISSUE 4', header))).toMatchObject({ volume, issue });
  });

  it.each([
    ['Volume 19, Issue 4 · January 2025', '2025-01-01'],
    ['Vol. 19 No. 4, March 15, 2025', '2025-03-15'],
    ['VOLUME 19, ISSUE 4 — Sept. 2024', '2024-09-01'],
  ])('takes the cover date from the header line %j', (header, coverDate) => {
    const text = WELL_FORMED.replace('VOLUME 19, ISSUE 4\nJanuary 2025', header);
    expect(parse(text)).toMatchObject({ volume: expect.any(Number), coverDate, title: 'Night buses return to the east side' });
  });

  it.each([
    ['January 2025', '2025-01-01'],
    ['JANUARY 2025', '2025-01-01'],
    ['Jan. 2025', '2025-01-01'],
    ['Sept 2024', '2024-09-01'],
    ['January 15, 2025', '2025-01-15'],
    ['15 January 2025', '2025-01-15'],
    ['Wednesday, January 15, 2025', '2025-01-15'],
    ['March 3rd, 2025', '2025-03-03'],
    ['2025-01-15', '2025-01-15'],
  ])('reads the cover date %j', (text, iso) => {
    expect(parseCoverDate(text)).toBe(iso);
  });

  it.each(['Winter 2025', 'January', '2025', 'February 30, 2025', 'the 5th of never', 'Jan 5 6 2025'])(
    'refuses the cover date %j',
    (text) => {
      expect(parseCoverDate(text)).toBeNull();
    },
  );

  it.each([
    ['By: Jane Doe', ['Jane Doe']],
    ['By Jane Doe', ['Jane Doe']],
    ['by jane doe', ['jane doe']],
    ['BY JANE O’DOE-SMITH', ['Jane O’Doe-Smith']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['By: Jane Doe, John Roe, and Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['By Jane Doe, John Roe and Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['By:   Zoë Ångström', ['Zoë Ångström']],
  ])('reads the byline %j', (byline, authors) => {
    expect(parse(WELL_FORMED.replace('By: Jane Doe and John Roe', byline)).authors).toEqual(authors);
  });

  it('reads an optional section line before the title', () => {
    const text = WELL_FORMED.replace('January 2025\n', 'January 2025\nSection: World\n');
    expect(parse(text)).toMatchObject({ section: 'World', title: 'Night buses return to the east side' });
  });

  it.each([
    ['Information retrieved from Defense.gov, BBC, NBC News, and Brookings', ['Defense.gov', 'BBC', 'NBC News', 'Brookings']],
    ['Information retrieved from Defense.gov, BBC, NBC News and Brookings.', ['Defense.gov', 'BBC', 'NBC News', 'Brookings']],
    ['Info was taken from Reuters and the Associated Press', ['Reuters', 'the Associated Press']],
    ['Information gathered from: NPR; Pew Research Center', ['NPR', 'Pew Research Center']],
    ['Sources: BBC, NPR', ['BBC', 'NPR']],
  ])('reads the closing sources line %j', (line, names) => {
    const parsed = parse(WELL_FORMED.replace('Information retrieved from Defense.gov, BBC, NBC News, and Brookings', line));
    expect(parsed.sources.map((source) => source.name)).toEqual(names);
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it('reads a Sources: list, one source per line, with or without URLs', () => {
    const text = WELL_FORMED.replace(
      'Information retrieved from Defense.gov, BBC, NBC News, and Brookings',
      article(
        'Sources:',
        'BBC News — https://www.bbc.com/news/articles/night-buses',
        '- NPR: https://www.npr.org/2025/01/10/transit',
        '2. Brookings (https://www.brookings.edu/articles/transit-equity/)',
        '',
        'https://www.defense.gov/News/Releases/',
        'City of Northfield Transit Board',
      ),
    );
    expect(parse(text).sources).toEqual([
      { name: 'BBC News', url: 'https://www.bbc.com/news/articles/night-buses' },
      { name: 'NPR', url: 'https://www.npr.org/2025/01/10/transit' },
      { name: 'Brookings', url: 'https://www.brookings.edu/articles/transit-equity/' },
      { name: 'defense.gov', url: 'https://www.defense.gov/News/Releases/' },
      { name: 'City of Northfield Transit Board' },
    ]);
  });

  it('keeps an article without sources, and a last paragraph that only mentions retrieval', () => {
    const text = WELL_FORMED.replace(
      'Information retrieved from Defense.gov, BBC, NBC News, and Brookings',
      'The data was retrieved late, officials said.',
    );
    const parsed = parse(text);
    expect(parsed.sources).toEqual([]);
    expect(parsed.paragraphs).toHaveLength(3);
  });

  it('accepts Windows and old Mac line endings, a byte-order mark, blank lines around the header and trailing spaces', () => {
    const text = `\uFEFF\r\n\r\n${WELL_FORMED.replace(/\n/g, '  \r\n')}\r\n\r\n`;
    expect(parse(text)).toEqual(parse(WELL_FORMED));
    expect(parse(WELL_FORMED.replace(/\n/g, '\r'))).toEqual(parse(WELL_FORMED));
  });

  it('keeps Unicode exactly: curly quotes, dashes, accents, emoji, non-Latin scripts', () => {
    const paragraph = '“Don’t” — it’s naïve; 東京 and Кирилл met at the café 🚌…';
    expect(parse(WELL_FORMED.replace('“We heard from nurses and cooks,” said board chair Ana Ruiz.', paragraph)).paragraphs[1]).toBe(
      paragraph,
    );
  });

  describe('refuses a malformed file with its line', () => {
    it.each<[string, string, number, RegExp]>([
      ['an empty file', '', 1, /the file is empty/],
      ['a file of blank lines', '\n\n  \n', 1, /the file is empty/],
      [
        'a missing header',
        WELL_FORMED.replace('VOLUME 19, ISSUE 4\n', ''),
        1,
        /expected the volume and issue, such as “VOLUME 19, ISSUE 4”, but found “January 2025”/,
      ],
      ['a header without an issue', WELL_FORMED.replace('VOLUME 19, ISSUE 4', 'VOLUME 19'), 1, /expected the volume and issue/],
      ['a zero volume', WELL_FORMED.replace('VOLUME 19', 'VOLUME 0'), 1, /“0” is not a volume number/],
      [
        'a missing cover date',
        WELL_FORMED.replace('January 2025\n', ''),
        2,
        /expected the cover date, such as “January 2025”, but found “Night buses/,
      ],
      ['an impossible cover date', WELL_FORMED.replace('January 2025', 'February 30, 2025'), 2, /expected the cover date/],
      [
        'a bad date on the header line',
        WELL_FORMED.replace('VOLUME 19, ISSUE 4\nJanuary 2025', 'VOLUME 19, ISSUE 4 · Winter'),
        1,
        /“Winter” is not a cover date/,
      ],
      ['a missing title', WELL_FORMED.replace('Night buses return to the east side\n', ''), 3, /expected the title before the byline/],
      [
        'a missing byline',
        WELL_FORMED.replace('By: Jane Doe and John Roe\n', ''),
        5,
        /expected a byline such as “By Jane Doe” after the title, but found “The city’s transit/,
      ],
      ['an empty byline', WELL_FORMED.replace('By: Jane Doe and John Roe', 'By:'), 4, /the byline names nobody/],
      ['no body', article('VOLUME 19, ISSUE 4', 'January 2025', 'Title', 'By Jane Doe', '', ''), 4, /no body text/],
      ['only a header', 'VOLUME 19, ISSUE 4', 1, /expected the cover date/],
    ])('%s', (_, text, line, detail) => {
      const error = failure(text);
      expect(error.detail).toMatch(detail);
      expect(error.line).toBe(line);
      expect(error.message).toMatch(new RegExp(`^archive/v19i4-buses\\.txt:${line}: `));
    });
  });
});

describe('hostile files', () => {
  const BOUNDS = { volume: 9999, issue: 999 };
  const refusal = (text: string) => {
    try {
      parseArchiveArticle(text, 'archive/hostile.txt', BOUNDS);
    } catch (error) {
      if (error instanceof ArchiveFormatError) return { line: error.line, detail: error.detail };
      throw error;
    }
    throw new Error('expected the file to be refused');
  };

  it('refuse a line longer than MAX_LINE_LENGTH, naming its line, before reading it', () => {
    const long = 'word '.repeat(MAX_LINE_LENGTH / 5 + 1);
    expect(refusal(article('VOLUME 19, ISSUE 4', 'January 2025', 'Title', 'By Jane Doe', '', long))).toEqual({
      line: 6,
      detail: 'the line is 20,005 characters long; a line may be at most 20,000 (is this a text file?)',
    });
  });

  it('read a paragraph just within the limit, with long runs of spaces collapsed', () => {
    const paragraph = `${'word '.repeat(3900)}end`;
    const parsed = parseArchiveArticle(
      article('VOLUME 19, ISSUE 4', 'January 2025', 'Title', `By Jane${' '.repeat(5000)}Doe`, '', paragraph),
      'f.txt',
      BOUNDS,
    );
    expect(parsed.authors).toEqual(['Jane Doe']);
    expect(parsed.paragraphs).toEqual([paragraph]);
  });

  it.each([
    ['volume 5,000,000', 'VOLUME 5000000, ISSUE 4', 'volume 5,000,000 is past the largest volume number, 9,999'],
    ['issue 99,999,999,999', 'VOLUME 19, ISSUE 99999999999', 'issue 99,999,999,999 is past the largest issue number, 999'],
    ['a volume of 100 roman thousands', `VOLUME ${'M'.repeat(100)}, ISSUE 4`, `“${'M'.repeat(57)}…” is not a volume number`],
  ])('refuse %s: the website could not route it', (_name, header, detail) => {
    expect(refusal(article(header, 'January 2025', 'Title', 'By Jane Doe', '', 'Body.'))).toEqual({ line: 1, detail });
  });

  it('accept the largest numbers the content model allows', () => {
    const parsed = parseArchiveArticle(
      article('VOLUME 9999, ISSUE 999', 'January 2025', 'Title', 'By Jane Doe', '', 'Body.'),
      'f.txt',
      BOUNDS,
    );
    expect(parsed).toMatchObject({ volume: 9999, issue: 999 });
  });
});
