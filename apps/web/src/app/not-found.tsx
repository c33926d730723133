import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="empty-state">
      <p className="eyebrow">404</p>
      <h1>We couldn’t find that page</h1>
      <p>
        It may have moved, or never existed. Try <Link href="/">the current issue</Link> or <Link href="/volumes">the archive</Link>.
      </p>
    </section>
  );
}
