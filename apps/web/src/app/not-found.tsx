import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';

export default function NotFound() {
  return (
    <section className="empty-state">
      <p className="eyebrow">404</p>
      <h1>We couldn’t find that page</h1>
      <p>
        It may have moved, or never existed. Try <Link href={sitePaths.home}>the current issue</Link> or{' '}
        <Link href={sitePaths.volumes}>the archive</Link>.
      </p>
    </section>
  );
}
