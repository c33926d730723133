import sharp from 'sharp';
import { env } from '@/env';
import { getPublication } from './cms';
import { MAX_DECODED_PIXELS, readMediaBytes } from './media-bytes';
import { OG_COLORS } from './og-card';

/**
 * The publication's icon at `size` pixels square, as PNG: the image editors set in the CMS, centred on the paper
 * colour when it is not square. Without one (or when it cannot be read or decoded) the icon is the publication's
 * initial in its display face's colours, drawn here, so no page ever asks for an icon that is not there.
 */
export async function publicationIcon(size: number): Promise<Response> {
  const png = (await editorsIcon(size)) ?? (await drawnIcon(size, initialOf(env.PUBLICATION_NAME)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}

/** "The Northfield Ledger" → "N": the first letter or digit of the name, past a leading article. */
export function initialOf(name: string): string {
  const letter = /[\p{L}\p{N}]/u.exec(name.replace(/^(?:the|a|an)\s+/i, ''));
  return letter ? letter[0].toUpperCase() : 'M';
}

async function editorsIcon(size: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const { icon } = await getPublication();
  // Raster images only: an SVG is a document (it may name other files), not a picture to decode here.
  if (!icon || !icon.mime.startsWith('image/') || icon.mime === 'image/svg+xml') return null;
  const bytes = await readMediaBytes(icon.formats?.small ?? icon);
  if (!bytes) return null;
  try {
    return new Uint8Array(
      await sharp(bytes, { limitInputPixels: MAX_DECODED_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: size, height: size, fit: 'contain', background: OG_COLORS.paper })
        .png()
        .toBuffer(),
    );
  } catch {
    return null;
  }
}

async function drawnIcon(size: number, letter: string): Promise<Uint8Array<ArrayBuffer>> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
    <rect width="100" height="100" rx="18" fill="${OG_COLORS.accent}"/>
    <text x="50" y="54" text-anchor="middle" dominant-baseline="middle" font-family="serif" font-weight="700" font-size="68" fill="${OG_COLORS.paper}">${letter}</text>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}
