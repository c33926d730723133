import sharp from 'sharp';
import type { Publication } from '@masthead/client';
import { getPublication } from '../cms';
import { initialOf, publicationIcon } from '../icon';

jest.mock('../cms', () => ({
  getPublication: jest.fn(),
  serverMediaUrl: (media: { url: string }) => `http://cms.test${media.url}`,
}));

const settings = (icon: Publication['icon']): Publication => ({
  documentId: 'pub',
  about: null,
  contactEmail: null,
  parentOrganization: null,
  parentOrganizationUrl: null,
  icon,
  updatedAt: '2025-01-01T07:00:00.000Z',
});
const image = { url: '/uploads/icon.png', alternativeText: null, width: 600, height: 400, mime: 'image/png', formats: null };

async function served(size: number) {
  const response = await publicationIcon(size);
  expect(response.headers.get('content-type')).toBe('image/png');
  return sharp(Buffer.from(await response.arrayBuffer())).metadata();
}

/** The drawn icon is a rounded square: its corner pixel is transparent (an editor's image fills the corners). */
async function isDrawn(size: number) {
  const { data } = await sharp(Buffer.from(await (await publicationIcon(size)).arrayBuffer()))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return data[3] === 0;
}

describe('the publication icon', () => {
  const fetchBefore = global.fetch;
  afterEach(() => {
    global.fetch = fetchBefore;
  });

  it.each([
    ['The Northfield Ledger', 'N'],
    ['the heron', 'H'],
    ['A Quarterly', 'Q'],
    ['«Élan»', 'É'],
    ['2600 Magazine', '2'],
    ['—', 'M'],
  ])('draws %j with the initial %j', (name, initial) => {
    expect(initialOf(name)).toBe(initial);
  });

  it('is drawn at the size asked, as PNG, when the editors set none', async () => {
    jest.mocked(getPublication).mockResolvedValue(settings(null));
    await expect(served(48)).resolves.toMatchObject({ format: 'png', width: 48, height: 48 });
    await expect(isDrawn(48)).resolves.toBe(true);
  });

  it('is the editors’ image, squared without cropping, when they set one', async () => {
    jest.mocked(getPublication).mockResolvedValue(settings(image));
    const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#3a6' } })
      .png()
      .toBuffer();
    const fetched: string[] = [];
    global.fetch = jest.fn(async (url: string | URL | Request) => {
      fetched.push(String(url));
      return new Response(new Uint8Array(png));
    }) as typeof fetch;
    const icon = await publicationIcon(180);
    const pixels = sharp(Buffer.from(await icon.arrayBuffer()));
    await expect(pixels.metadata()).resolves.toMatchObject({ format: 'png', width: 180, height: 180 });
    expect(fetched).toEqual(['http://cms.test/uploads/icon.png']);
    // The top row is the paper colour around the wide image; the middle is the image.
    const { data } = await pixels.raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * 180 + x) * 4, (y * 180 + x) * 4 + 3)];
    expect(at(90, 2)).toEqual([0xfa, 0xf8, 0xf3]);
    expect(at(90, 90)).toEqual([0x33, 0xaa, 0x66]);
    await expect(isDrawn(180)).resolves.toBe(false);
  });

  it('never decodes an SVG icon (a document that may name other files): the drawn icon stands in', async () => {
    jest.mocked(getPublication).mockResolvedValue(settings({ ...image, mime: 'image/svg+xml', url: '/uploads/icon.svg' }));
    const fetched = jest.fn();
    global.fetch = fetched as typeof fetch;
    await expect(isDrawn(48)).resolves.toBe(true);
    expect(fetched).not.toHaveBeenCalled();
  });

  it.each([
    ['bytes that are not an image', () => new Response('<html>not an image</html>')],
    ['a 404', () => new Response('missing', { status: 404 })],
  ])('falls back to the drawn icon for %s', async (_case, answer) => {
    jest.mocked(getPublication).mockResolvedValue(settings(image));
    global.fetch = jest.fn(async () => answer()) as typeof fetch;
    await expect(served(48)).resolves.toMatchObject({ format: 'png', width: 48, height: 48 });
    await expect(isDrawn(48)).resolves.toBe(true);
  });
});
