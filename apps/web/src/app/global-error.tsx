'use client';

/**
 * Replaces the whole document when the root layout itself fails (it reads the section list from the CMS): the
 * reader gets a page with a way back instead of a blank screen.
 */
export default function GlobalError() {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'Georgia, serif', maxWidth: '36rem', margin: '4rem auto', padding: '0 1.25rem', textAlign: 'center' }}>
        <h1>This page is taking a break</h1>
        <p>We couldn’t reach the newsroom’s servers just now. Please try again in a moment.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </body>
    </html>
  );
}
