import { markdownToBlocks, parseInline } from '../markdown-to-blocks';

describe('markdownToBlocks', () => {
  it('turns blank-line separated text into paragraphs and joins wrapped lines with a space', () => {
    expect(markdownToBlocks('First line\nwraps here.\n\nSecond paragraph.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First line wraps here.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second paragraph.' }] },
    ]);
  });

  it.each([
    ['## Budget', 2],
    ['### What happens next', 3],
    ['# Title', 1],
  ])('reads %p as a level-%i heading', (markdown, level) => {
    expect(markdownToBlocks(markdown)).toEqual([
      { type: 'heading', level, children: [{ type: 'text', text: markdown.replace(/^#+\s+/, '') }] },
    ]);
  });

  it('reads consecutive "> " lines as one quote', () => {
    expect(markdownToBlocks('> We are not done.\n> Not yet.')).toEqual([
      { type: 'quote', children: [{ type: 'text', text: 'We are not done. Not yet.' }] },
    ]);
  });

  it.each([
    ['- one\n- two', 'unordered'],
    ['* one\n* two', 'unordered'],
    ['1. one\n2. two', 'ordered'],
  ])('reads %p as an %s list', (markdown, format) => {
    expect(markdownToBlocks(markdown)).toEqual([
      {
        type: 'list',
        format,
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
        ],
      },
    ]);
  });

  it('keeps a chunk that mixes list and prose lines as a paragraph', () => {
    expect(markdownToBlocks('- one\nnot an item')[0].type).toBe('paragraph');
  });

  it('keeps curly quotes, em dashes and other Unicode exactly', () => {
    const text = '“Nobody expected it,” she said — and smiled. Café, naïve, 東京, 🎓';
    expect(markdownToBlocks(text)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text }] }]);
  });

  it('normalises Windows line endings', () => {
    expect(markdownToBlocks('a\r\n\r\nb')).toHaveLength(2);
  });

  it('returns no blocks for empty or blank input', () => {
    expect(markdownToBlocks('')).toEqual([]);
    expect(markdownToBlocks(' \n\n \t')).toEqual([]);
  });
});

describe('parseInline', () => {
  it('marks bold, italic and links', () => {
    expect(parseInline('A **bold** and *quiet* [link](https://example.org/a?b=1).')).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'text', text: 'bold', bold: true },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'quiet', italic: true },
      { type: 'text', text: ' ' },
      {
        type: 'link',
        url: 'https://example.org/a?b=1',
        rel: 'noopener noreferrer',
        target: '_blank',
        children: [{ type: 'text', text: 'link' }],
      },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves links with other schemes as literal text', () => {
    expect(parseInline('[x](javascript:alert(1))')).toEqual([{ type: 'text', text: '[x](javascript:alert(1))' }]);
  });

  it('always yields at least one text node', () => {
    expect(parseInline('')).toEqual([{ type: 'text', text: '' }]);
  });
});
