'use client';

/** Shown when the CMS cannot be reached for a page that has no cached version yet. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="empty-state">
      <h1>This page is taking a break</h1>
      <p>We couldn’t load it just now. Please try again in a moment.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
