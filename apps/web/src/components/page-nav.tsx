import Link from 'next/link';

interface PageNavProps {
  page: number;
  pageCount: number;
  /** False when the CMS stopped counting: there are at least `pageCount` pages. */
  pageCountIsExact?: boolean;
  /** The navigation landmark's name, e.g. "Result pages". */
  label: string;
  href: (page: number) => string;
  previousText: string;
  nextText: string;
}

/**
 * The previous and next links of a paged list around "Page n of m" ("of m or more" when the count stopped);
 * nothing when the list has one page.
 */
export function PageNav({ page, pageCount, pageCountIsExact = true, label, href, previousText, nextText }: PageNavProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {previousText}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
        {pageCountIsExact ? null : ' or more'}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {nextText}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
