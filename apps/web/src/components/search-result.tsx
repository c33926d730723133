import type { SearchResult } from '@masthead/client';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { StoryMeta } from './article-card';
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
      <StoryMeta article={result} />
    </li>
  );
}
