import type { ArticleListItem } from '@masthead/client';
import { formatDay } from '@/lib/format';

/**
 * Which pages of one source an article cited, and when they were read: "“Turnout by county” · accessed January 3,
 * 2025". What a source's page is for — the reader sees the exact pages behind each story.
 */
export function CitedPages({ citations, source }: { citations: ArticleListItem['citations']; source: string }) {
  const cited = citations.filter((citation) => citation.source?.slug === source);
  if (cited.length === 0) return null;
  return (
    <ul className="cited-pages" aria-label="Pages cited">
      {cited.map((citation, index) => {
        const name = citation.pageTitle ? `“${citation.pageTitle}”` : (citation.url ?? 'A page of this source');
        return (
          <li key={index}>
            {citation.url ? (
              <a href={citation.url} rel="noopener noreferrer">
                {name}
              </a>
            ) : (
              name
            )}
            {citation.accessedOn ? <span className="accessed"> · accessed {formatDay(citation.accessedOn)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
