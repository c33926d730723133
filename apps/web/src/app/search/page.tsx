import { CmsValidationError, type CmsValidationIssue, type SearchPage as Results } from '@masthead/client';
import type { Metadata } from 'next';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { PageNav } from '@/components/page-nav';
import { SearchForm } from '@/components/search-form';
import { SearchFacets } from '@/components/search-facets';
import { SearchResultItem } from '@/components/search-result';
import { ArticleCard } from '@/components/article-card';
import { listArticles, listAuthors, listSections, listVolumes, searchArticles } from '@/lib/cms';
import { inQuotes, readSearchParams, searchHref, type SearchRequest } from '@/lib/search-params';

/**
 * `/search?q=…`: the one page rendered per request, because its content is the reader's query. Its CMS reads are
 * still cached per URL (see `searchArticles`), and the page is kept out of search engines' indexes.
 */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = readSearchParams(await searchParams);
  return { title: query ? `Search: ${query}` : 'Search', robots: { index: false, follow: true } };
}

/** The results, or the CMS's explanation of why it refused the query (a 400 is the reader's to fix, not an error). */
async function find(request: SearchRequest): Promise<{ results: Results } | { refusal: string }> {
  try {
    return { results: await searchArticles(request) };
  } catch (error) {
    if (error instanceof CmsValidationError) return { refusal: refusalMessage(error.issues) };
    throw error;
  }
}

/** What readers call the parameters the CMS names. */
const READERS_WORDS: Record<string, string> = {
  q: 'your search',
  pageSize: 'the page size',
  page: 'the page',
  section: 'the section',
  author: 'the author',
  volume: 'the volume',
  year: 'the year',
  sort: 'the order',
};

/** The CMS names each refused parameter ("q needs at least one letter or digit"); readers see their own words. */
function refusalMessage(issues: CmsValidationIssue[]): string {
  if (issues.length === 0) return 'That search could not be run. Try different words.';
  const words = (parameter: string) => (Object.hasOwn(READERS_WORDS, parameter) ? READERS_WORDS[parameter] : parameter);
  const readable = issues.map((issue) => `${words(issue.parameter)} ${issue.message}`).join('; ');
  return `${readable.charAt(0).toUpperCase()}${readable.slice(1)}.`;
}

export default async function SearchPage({ searchParams }: Props) {
  const request = readSearchParams(await searchParams);
  const [sections, authors, volumes] = await Promise.all([listSections(), listAuthors(), listVolumes()]);
  const outcome = request.query ? await find(request) : null;
  const nothingFound = outcome !== null && 'results' in outcome && outcome.results.pagination.total === 0;

  return (
    <section className="list-page search-page">
      <header className="list-header">
        <p className="eyebrow">Search</p>
        <h1>{!request.query ? 'Search the archive' : `${nothingFound ? 'No results' : 'Results'} for ${inQuotes(request.query)}`}</h1>
        <SearchForm request={request} sections={sections} authors={authors} volumes={volumes} />
      </header>
      {outcome === null ? (
        <p className="meta">Search every article’s headline, summary and text, from the first issue to the latest.</p>
      ) : 'refusal' in outcome ? (
        <p className="search-refusal" role="alert">
          {outcome.refusal}
        </p>
      ) : (
        <SearchResults request={request} results={outcome.results} />
      )}
      {nothingFound ? <ElsewhereToLook sections={sections} /> : null}
    </section>
  );
}

/** Most relevant or newest first: two links (a new order starts again at page 1), the current one marked. */
function ResultOrder({ request }: { request: SearchRequest }) {
  const orders = [
    { sort: undefined, label: 'Most relevant' },
    { sort: 'newest' as const, label: 'Newest first' },
  ];
  return (
    <nav className="result-order" aria-label="Order of results">
      <span className="result-order-label">Order:</span>
      <ul>
        {orders.map(({ sort, label }) => (
          <li key={label}>
            <Link href={searchHref({ ...request, sort, page: 1 })} aria-current={request.sort === sort ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Where to go when a search finds nothing: the archive, the sections, and the latest stories. */
async function ElsewhereToLook({ sections }: { sections: Array<{ name: string; slug: string }> }) {
  const latest = await listArticles({ pageSize: 3 });
  return (
    <div className="search-elsewhere">
      <h2 className="section-title">Elsewhere to look</h2>
      <ul className="index-list">
        <li>
          <Link href={sitePaths.volumes}>Every issue, volume by volume</Link>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <Link href={sitePaths.section(section.slug)}>{section.name}</Link>
          </li>
        ))}
      </ul>
      {latest.items.length > 0 ? (
        <>
          <h2 className="section-title">Latest stories</h2>
          <div className="story-list">
            {latest.items.map((article) => (
              <ArticleCard key={article.slug} article={article} layout="thumbnail" />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}

const narrowedAtAll = (request: SearchRequest) => Boolean(request.section || request.author || request.volume || request.year);

function SearchResults({ request, results }: { request: SearchRequest; results: Results }) {
  const { page, pageCount, total } = results.pagination;
  if (total === 0) {
    return (
      <div className="search-empty" role="status">
        {results.suggestion ? (
          <p className="search-suggestion">
            Did you mean <Link href={searchHref({ ...request, query: results.suggestion.query, page: 1 })}>{results.suggestion.query}</Link>
            ? <span className="meta">({results.suggestion.total === 1 ? '1 article' : `${results.suggestion.total} articles`})</span>
          </p>
        ) : null}
        <p>No articles match {narrowedAtAll(request) ? 'these words with these filters' : 'all of these words'}.</p>
        <p className="meta">
          Try fewer or different words
          {narrowedAtAll(request) ? (
            <>
              , or <Link href={searchHref({ query: request.query, page: 1 })}>search everything</Link>
            </>
          ) : null}
          .
        </p>
      </div>
    );
  }
  if (results.items.length === 0) {
    return (
      <p className="search-empty" role="status">
        There is no page {page} of these results.{' '}
        <Link href={searchHref({ ...request, page: pageCount })}>Go to the last page ({pageCount})</Link>.
      </p>
    );
  }
  return (
    <>
      <p className="meta" role="status">
        {total === 1 ? '1 article' : `${total} articles`}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : null}
      </p>
      <ResultOrder request={request} />
      <div className="search-layout">
        <div>
          <ol className="search-results" start={(page - 1) * results.pagination.pageSize + 1}>
            {results.items.map((result) => (
              <SearchResultItem key={result.slug} result={result} />
            ))}
          </ol>
          <PageNav
            page={page}
            pageCount={pageCount}
            label="Result pages"
            href={(target) => searchHref({ ...request, page: target })}
            previousText="← Previous"
            nextText="Next →"
          />
        </div>
        {/* After the results and their pages in reading order: a phone shows them below, a wide screen beside. */}
        <SearchFacets request={request} facets={results.facets} />
      </div>
    </>
  );
}
