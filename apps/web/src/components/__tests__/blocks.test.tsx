import type { Blocks as BlocksValue } from '@masthead/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { Blocks, safeHref } from '../blocks';

const html = (blocks: BlocksValue) => renderToStaticMarkup(<Blocks blocks={blocks} />);
const text = (value: string) => ({ type: 'text' as const, text: value });

describe('Blocks', () => {
  it('renders paragraphs, headings from h2, quotes and lists as semantic HTML', () => {
    expect(
      html([
        { type: 'heading', level: 1, children: [text('Top')] },
        { type: 'heading', level: 3, children: [text('Sub')] },
        { type: 'paragraph', children: [text('Body.')] },
        { type: 'quote', children: [text('Said.')] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('one')] }] },
        { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('two')] }] },
      ]),
    ).toBe('<h2>Top</h2><h3>Sub</h3><p>Body.</p><blockquote><p>Said.</p></blockquote><ol><li>one</li></ol><ul><li>two</li></ul>');
  });

  it('renders marks and safe links', () => {
    expect(
      html([
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'loud', bold: true, italic: true },
            { type: 'link', url: 'https://example.org/a?b=1', children: [text('site')] },
          ],
        },
      ]),
    ).toBe('<p><em><strong>loud</strong></em><a href="https://example.org/a?b=1" rel="noopener noreferrer">site</a></p>');
  });

  it('escapes text, so markup in the CMS renders as text', () => {
    const out = html([{ type: 'paragraph', children: [text('<script>alert(1)</script> & <b>x</b>')] }]);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'renders a link to %p as plain text',
    (url) => {
      const out = html([{ type: 'paragraph', children: [{ type: 'link', url, children: [text('click')] }] }]);
      expect(out).toBe('<p>click</p>');
    },
  );
});

describe('safeHref', () => {
  it.each([
    ['https://example.org', true],
    ['http://example.org', true],
    ['mailto:editor@example.org', true],
    ['/articles/x', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
  ])('%p is allowed: %p', (url, allowed) => {
    expect(safeHref(url) !== null).toBe(allowed);
  });
});

describe('body images', () => {
  const image = (url: string) => ({
    type: 'image' as const,
    image: { url, alternativeText: 'A bus at night', width: 800, height: 600 },
    children: [text('')],
  });
  const render = (url: string) => html([image(url)] as unknown as BlocksValue);

  it('load a media-library file from the CMS, and a web image from where it is', () => {
    expect(render('/uploads/bus_abc.jpg')).toMatch(
      /^<figure><img src="http:\/\/localhost:1337\/uploads\/bus_abc\.jpg" alt="A bus at night"/,
    );
    expect(render('https://images.example.org/bus.jpg')).toContain('src="https://images.example.org/bus.jpg"');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/x.jpg',
    'uploads/x.jpg',
    'file:///etc/passwd',
  ])('are not rendered at all from %p', (url) => {
    expect(render(url)).toBe('');
  });
});
