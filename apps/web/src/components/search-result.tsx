import type { SearchResult } from '@masthead/client';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { formatDay, issueLine } from '@/lib/format';
import { Byline } from './byline';
import { Highlighted } from './highlighted';

/** One search hit: section, headline and the passage that matched (or the dek), with the matched words marked. */
export function SearchResultItem({ result, terms }: { result: SearchResult; terms: readonly string[] }) {
  return (
    <li className="search-result">
      {result.section ? <p className="kicker">{result.section.name}</p> : null}
      <h2 className="card-title">
        <Link href={sitePaths.article(result.slug)}>
          <Highlighted text={result.title} terms={terms} />
        </Link>
      </h2>
      <p className="search-excerpt">
        <Highlighted text={result.excerpt ?? result.dek} terms={terms} />
      </p>
      <p className="meta">
        <Byline authors={result.authors} />
        {result.issue ? <span className="meta-sep"> · {issueLine(result.issue)}</span> : null}
        {!result.issue && result.firstPublishedAt ? <span className="meta-sep"> · {formatDay(result.firstPublishedAt)}</span> : null}
      </p>
    </li>
  );
}
