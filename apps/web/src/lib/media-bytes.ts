import { serverMediaUrl } from './cms';

/**
 * Images larger than this (width × height) are never decoded for a share card or an icon: a hostile upload must not
 * cost the site.
 */
export const MAX_DECODED_PIXELS = 40_000_000;

/**
 * A media file's bytes, fetched by the site itself from the CMS it is configured with (Next's image renderer
 * refuses private addresses, and the CMS often is one), or null when it cannot be read within 5 s.
 */
export async function readMediaBytes(media: { url: string }): Promise<Uint8Array | null> {
  try {
    const response = await fetch(serverMediaUrl(media), { signal: AbortSignal.timeout(5000) });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
