import type { SearchResult } from '@masthead/client';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { StoryMeta } from './article-card';
import { MarkedText } from './marked-text';

/** One search hit: section, headline and the passage that matched (or the dek), with the matches marked. */
export function SearchResultItem({ result }: { result: SearchResult }) {
  return (
    <li className="search-result">
      {result.section ? <p className="kicker">{result.section.name}</p> : null}
      <h2 className="card-title">
        <Link href={sitePaths.article(result.slug)}>
          <MarkedText parts={result.headline} />
        </Link>
      </h2>
      <p className="search-excerpt">{result.excerpt ? <MarkedText parts={result.excerpt} /> : result.dek}</p>
      <StoryMeta article={result} />
    </li>
  );
}
