'use client';

/**
 * Shown when the CMS cannot be reached for a page that has no cached version yet. "Try again" reloads the page from
 * the server: the failure was there, so re-rendering on the client would only repeat it.
 */
export default function ErrorPage() {
  return (
    <section className="empty-state">
      <h1>This page is taking a break</h1>
      <p>We couldn’t load it just now. Please try again in a moment.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </section>
  );
}
