import sharp from 'sharp';
import { drawableCover, drawableText, headlineSize, textColumnWidth } from '../og-card';

const pixels = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3a6' } });
const decode = (dataUrl: string) => sharp(Buffer.from(dataUrl.replace(/^data:image\/jpeg;base64,/, ''), 'base64')).metadata();

describe('a cover on the share card', () => {
  it.each([
    ['a PNG', () => pixels(800, 600).png().toBuffer()],
    ['a WebP', () => pixels(1600, 900).webp().toBuffer()],
    ['a portrait JPEG', () => pixels(600, 1400).jpeg().toBuffer()],
  ])('is %s re-encoded as a JPEG exactly the size of the cover column', async (_name, make) => {
    const cover = await drawableCover(await make());
    expect(cover).toMatch(/^data:image\/jpeg;base64,/);
    expect(await decode(cover!)).toMatchObject({ format: 'jpeg', width: 420, height: 630 });
  });

  it.each([
    ['HTML named .jpg', async () => Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a truncated JPEG', async () => (await pixels(800, 600).jpeg().toBuffer()).subarray(0, 400)],
    ['no bytes at all', async () => Buffer.alloc(0)],
    [
      'an SVG that fetches',
      async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="http://169.254.169.254/"/></svg>'),
    ],
  ])('is left out when it is %s: the card falls back to text', async (_name, make) => {
    expect(await drawableCover(await make())).toBeNull();
  });
});

describe('the headline on the share card', () => {
  it('keeps the large type of a short headline', () => {
    expect(headlineSize('Council restores night buses', textColumnWidth(true))).toBe(64);
  });

  it('gets small enough that its longest word fits the column', () => {
    const word = 'Antidisestablishmentarianism-and-more';
    const size = headlineSize(`The ${word} debate`, textColumnWidth(true));
    expect(size).toBeLessThan(64);
    expect(word.length * size * 0.52).toBeLessThanOrEqual(textColumnWidth(true));
  });

  it('never shrinks below a readable size: a longer word is broken instead', () => {
    expect(headlineSize('x'.repeat(400), textColumnWidth(false))).toBe(24);
  });
});

describe('text on the share card', () => {
  it('loses what has no glyph (noncharacters, lone surrogates, controls, private use, U+FFFD) and keeps every letter and emoji', () => {
    expect(drawableText('Vote\uFFFE tally\uD800 \u0007— café 😀')).toBe('Vote tally — café 😀');
    expect(drawableText('Caf\uFFFD \uE000menu')).toBe('Caf menu');
  });
});
