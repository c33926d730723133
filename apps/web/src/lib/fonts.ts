import localFont from 'next/font/local';

/**
 * The site's typefaces, self-hosted (see src/fonts/README.md). Linux and Chromebooks — most of a school's readers —
 * have none of the serif faces the old system stack named and fell back to DejaVu Serif. Each face is exposed as a
 * CSS variable that globals.css puts first in its stack.
 */
export const textFace = localFont({
  src: [
    { path: '../fonts/source-serif-4-latin-wght-normal.woff2', weight: '200 900', style: 'normal' },
    { path: '../fonts/source-serif-4-latin-wght-italic.woff2', weight: '200 900', style: 'italic' },
  ],
  variable: '--font-text',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
});

export const displayFace = localFont({
  src: '../fonts/playfair-display-latin-wght-normal.woff2',
  weight: '400 900',
  style: 'normal',
  variable: '--font-display',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
});
