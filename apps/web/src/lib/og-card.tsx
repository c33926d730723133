import type { Image } from '@masthead/client';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { MAX_DECODED_PIXELS, readMediaBytes } from './media-bytes';

/** Open Graph cards are drawn at the size every network crops to without losing the headline. */
export const OG_SIZE = { width: 1200, height: 630 };

/** The site's light palette (globals.css), for images drawn outside the page's CSS. */
export const OG_COLORS = { paper: '#faf8f3', ink: '#1b1c1e', soft: '#4a4d52', rule: '#d9d4c7', accent: '#9e1b1b' };

/** The card's cover column, and the text column beside it (or alone), in pixels. */
export const OG_COVER_WIDTH = 420;
const OG_PADDING_X = 60;
const OG_PADDING_Y = 56;
export const textColumnWidth = (withCover: boolean) => OG_SIZE.width - 2 * OG_PADDING_X - (withCover ? OG_COVER_WIDTH : 0);

/** An average glyph of the card's headline face (Playfair Display Bold), as a share of the font size. */
const GLYPH_WIDTH_EM = 0.52;
const SMALLEST_HEADLINE = 24;

/**
 * The headline's type size: smaller for long headlines so every card keeps the whole of it, and small enough that
 * its longest word fits the column (a URL or a long compound would otherwise run off the card). A word longer
 * still, at the smallest size, is broken by the card's `wordBreak: 'break-word'`.
 */
export function headlineSize(title: string, columnWidth: number): number {
  const byLength = title.length <= 50 ? 64 : title.length <= 90 ? 54 : title.length <= 130 ? 44 : 36;
  const longestWord = Math.max(1, ...title.split(/\s+/).map((word) => [...word].length));
  const fitsLongestWord = Math.floor(columnWidth / (longestWord * GLYPH_WIDTH_EM));
  return Math.max(SMALLEST_HEADLINE, Math.min(byLength, fitsLongestWord));
}

/**
 * The cover's bytes as a JPEG of exactly the card's cover column, or null when they are not a decodable image
 * (HTML named `.jpg`, a truncated file, an SVG). Re-encoding means the card renderer only ever draws a JPEG sharp
 * made — so WebP and AVIF covers are drawn too — and a broken cover gives the text card instead of a dropped
 * connection.
 */
export async function drawableCover(bytes: Uint8Array): Promise<string | null> {
  try {
    const jpeg = await sharp(bytes, { limitInputPixels: MAX_DECODED_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: OG_COVER_WIDTH, height: OG_SIZE.height, fit: 'cover' })
      .jpeg({ quality: 82 })
      .toBuffer();
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  } catch {
    return null;
  }
}

/**
 * The cover for the card, in the smallest rendition that still fills its column. A cover that cannot be read or
 * decoded leaves the card without it.
 */
export async function coverDataUrl(image: Image): Promise<string | null> {
  if (!image.mime.startsWith('image/')) return null;
  const bytes = await readMediaBytes(image.formats?.medium ?? image.formats?.large ?? image);
  return bytes ? drawableCover(bytes) : null;
}

type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: Promise<CardFont[]> | undefined;

/**
 * The site's two faces (src/fonts) as the card renderer reads them: static WOFF, one weight each. Read once per
 * process from the app's folder (the working directory of `next start` and `next dev`).
 */
function cardFonts(): Promise<CardFont[]> {
  const file = (name: string) => readFile(path.join(process.cwd(), 'src', 'fonts', 'og', name));
  fonts ??= Promise.all([
    file('playfair-display-latin-700-normal.woff').then((data): CardFont => ({ name: 'Display', data, weight: 700, style: 'normal' })),
    file('source-serif-4-latin-400-normal.woff').then((data): CardFont => ({ name: 'Text', data, weight: 400, style: 'normal' })),
  ]).catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}

export interface ArticleCard {
  /** The line above the headline: the section, or the publication. */
  kicker: string;
  title: string;
  byline: string | null;
  /** The publication and the issue. */
  footer: string;
  /** A data URL from `coverDataUrl`, or null for the text card. */
  cover: string | null;
}

/**
 * Text the card can draw: control characters, unpaired surrogates, noncharacters (U+FFFE), private-use characters
 * and the replacement character U+FFFD (left by a bad decode upstream) have no glyph in the card's fonts and would
 * be drawn as empty boxes.
 */
export const drawableText = (text: string) => text.replace(/[\p{Cc}\p{Cs}\p{Cn}\p{Co}\uFFFD]/gu, '');

/**
 * The card shown when an article is shared: headline, section, byline, issue and cover, at 1200×630, set in the
 * site's faces — the headline in the display face, the rest in the text serif.
 */
export async function renderArticleCard(card: ArticleCard): Promise<ImageResponse> {
  const kicker = drawableText(card.kicker);
  const title = drawableText(card.title);
  const byline = card.byline === null ? null : drawableText(card.byline);
  const footer = drawableText(card.footer);
  const { cover } = card;
  return new ImageResponse(
    (
      <div
        style={{
          display: 'flex',
          width: '100%',
          height: '100%',
          background: OG_COLORS.paper,
          color: OG_COLORS.ink,
          fontFamily: 'Text',
        }}
      >
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            flex: 1,
            minWidth: 0,
            padding: `${OG_PADDING_Y}px ${OG_PADDING_X}px`,
            borderTop: `14px solid ${OG_COLORS.accent}`,
          }}
        >
          <div style={{ display: 'flex', fontSize: 26, letterSpacing: 4, textTransform: 'uppercase', color: OG_COLORS.accent }}>
            {kicker}
          </div>
          <div
            style={{
              display: 'flex',
              flex: 1,
              alignItems: 'center',
              fontSize: headlineSize(title, textColumnWidth(cover !== null)),
              lineHeight: 1.1,
              fontFamily: 'Display',
              fontWeight: 700,
              wordBreak: 'break-word',
            }}
          >
            {title}
          </div>
          {byline ? <div style={{ display: 'flex', fontSize: 28, color: OG_COLORS.soft, wordBreak: 'break-word' }}>By {byline}</div> : null}
          <div
            style={{
              display: 'flex',
              marginTop: 18,
              paddingTop: 18,
              borderTop: `2px solid ${OG_COLORS.rule}`,
              fontSize: 24,
              color: OG_COLORS.soft,
            }}
          >
            {footer}
          </div>
        </div>
        {cover ? (
          // eslint-disable-next-line @next/next/no-img-element -- ImageResponse (satori) draws plain <img>; next/image is for pages
          <img
            src={cover}
            alt=""
            width={OG_COVER_WIDTH}
            height={OG_SIZE.height}
            style={{ width: OG_COVER_WIDTH, height: OG_SIZE.height }}
          />
        ) : null}
      </div>
    ),
    { ...OG_SIZE, fonts: await cardFonts() },
  );
}
