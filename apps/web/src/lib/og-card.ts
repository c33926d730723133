import type { Image } from '@masthead/client';
import { serverMediaUrl } from './cms';

/** Open Graph cards are drawn at the size every network crops to without losing the headline. */
export const OG_SIZE = { width: 1200, height: 630 };

/** The site's light palette (globals.css), for images drawn outside the page's CSS. */
export const OG_COLORS = { paper: '#faf8f3', ink: '#1b1c1e', soft: '#4a4d52', rule: '#d9d4c7', accent: '#9e1b1b' };

/** Long headlines get smaller type so every card keeps the whole headline in its text column. */
export function headlineSize(title: string): number {
  if (title.length <= 50) return 64;
  if (title.length <= 90) return 54;
  if (title.length <= 130) return 44;
  return 36;
}

/** Satori draws JPEG and PNG; other uploads (WebP, AVIF) are left out of the card rather than failing it. */
const DRAWABLE = new Set(['image/jpeg', 'image/png']);

/**
 * The cover as a data URL, in the smallest rendition that still fills the card's image column. Next's image
 * renderer refuses to fetch from private addresses (its SSRF guard), and the CMS often is one, so the site fetches
 * the bytes itself from the CMS it is configured with. A cover that cannot be read leaves the card without it.
 */
export async function coverDataUrl(image: Image): Promise<string | null> {
  if (!DRAWABLE.has(image.mime)) return null;
  const rendition = image.formats?.medium ?? image.formats?.large ?? image;
  try {
    const response = await fetch(serverMediaUrl(rendition), { signal: AbortSignal.timeout(5000) });
    if (!response.ok) return null;
    return `data:${image.mime};base64,${Buffer.from(await response.arrayBuffer()).toString('base64')}`;
  } catch {
    return null;
  }
}
