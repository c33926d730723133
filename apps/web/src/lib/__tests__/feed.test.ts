import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderRss } from '../feed';
import { escapeXml } from '../xml';
import { strictXmlError } from '@masthead/test-kit/strict-xml';

const channel = {
  title: 'The Ledger & Co',
  description: 'News <for> students',
  siteUrl: 'https://ledger.example.org',
  feedUrl: 'https://ledger.example.org/feed.xml',
  items: [
    {
      title: 'Budget: 50% cut & “more”',
      url: 'https://ledger.example.org/articles/budget?x=1&y=2',
      description: 'A <b>dek</b> with \u0007 a control character',
      publishedAt: '2025-01-02T13:00:00.000Z',
      authors: ['Ada Quill', 'Ben Ortiz'],
      category: 'Campus',
    },
    {
      title: 'Second',
      url: 'https://ledger.example.org/articles/second',
      description: 'Dek.',
      publishedAt: '2025-01-01T08:00:00.000Z',
      authors: [],
      category: null,
    },
  ],
};

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'dc:creator'].includes(name) }).parse(xml);

describe('renderRss', () => {
  it('produces well-formed XML', () => {
    expect(XMLValidator.validate(renderRss(channel))).toBe(true);
  });

  it('lists every item with its title, link, guid, date, authors and category, values intact', () => {
    const rss = parse(renderRss(channel)).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('The Ledger & Co');
    const [first, second] = rss.channel.item;
    expect(first.title).toBe('Budget: 50% cut & “more”');
    expect(first.link).toBe('https://ledger.example.org/articles/budget?x=1&y=2');
    expect(first.guid['#text']).toBe(first.link);
    expect(first.pubDate).toBe('Thu, 02 Jan 2025 13:00:00 GMT');
    expect(first['dc:creator']).toEqual(['Ada Quill', 'Ben Ortiz']);
    expect(first.category).toBe('Campus');
    expect(second.category).toBeUndefined();
    expect(rss.channel.lastBuildDate).toBe('Thu, 02 Jan 2025 13:00:00 GMT');
  });

  it('never lets markup or control characters through', () => {
    const xml = renderRss(channel);
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('\u0007');
    expect(parse(xml).rss.channel.item[0].description).toBe('A <b>dek</b> with  a control character');
  });

  it('renders an empty channel without a build date', () => {
    const rss = parse(renderRss({ ...channel, items: [] })).rss;
    expect(rss.channel.item).toBeUndefined();
    expect(rss.channel.lastBuildDate).toBeUndefined();
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it.each([
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
    ['a lone high surrogate', '\uD83D'],
    ['a lone low surrogate', '\uDE00'],
    ['NUL', '\u0000'],
    ['a vertical tab', '\u000B'],
  ])('drops %s, which no XML may hold, and keeps everything around it', (_name, forbidden) => {
    expect(escapeXml(`Vote${forbidden} tally`)).toBe('Vote tally');
  });

  it('keeps every character XML allows, astral ones included', () => {
    const allowed = 'Tab\tline\nreturn\r é ü 中文 \uD7FF \uE000 \uFFFD 😀 \u{10FFFF}';
    expect(escapeXml(allowed)).toBe(allowed);
  });
});

describe('a feed of whatever the CMS holds', () => {
  const hostile = ['\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0000', '\u001F', ']]>', '&#xFFFE;', '<![CDATA[', '\u0085', '\u2028'];

  it.each(hostile)('parses with a strict XML parser when a headline, dek, byline and section hold %j', (text) => {
    const item = {
      ...channel.items[0],
      title: `Budget${text} vote`,
      description: `Dek ${text}`,
      authors: [`Ada${text}`],
      category: `News${text}`,
    };
    const xml = renderRss({ ...channel, title: `Ledger${text}`, items: [item] });
    expect(strictXmlError(xml)).toBeNull();
  });

  it('is refused by the strict parser when a forbidden character gets through (the check is real)', () => {
    expect(strictXmlError('<rss>Budget\uFFFE vote</rss>')).toMatch(/character/i);
  });
});
