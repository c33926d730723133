import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { SearchBox } from '@/components/search-box';

export default function NotFound() {
  return (
    <section className="empty-state">
      <p className="eyebrow">404</p>
      <h1>We couldn’t find that page</h1>
      <p>
        It may have moved, or never existed. Search for it, or try <Link href={sitePaths.home}>the current issue</Link> or{' '}
        <Link href={sitePaths.volumes}>the archive</Link>.
      </p>
      <form className="search-form" action={sitePaths.search} method="get" role="search">
        <SearchBox id="not-found-q" />
      </form>
    </section>
  );
}
