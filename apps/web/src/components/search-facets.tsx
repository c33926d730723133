import type { FacetValue, SearchFacetName, SearchFacets as Facets } from '@masthead/client';
import Link from 'next/link';
import { searchHref, type SearchRequest } from '@/lib/search-params';

/** Values shown before "More…": the most common ones, enough to scan at a glance. */
const SHOWN = 6;

const GROUPS: Array<{ name: SearchFacetName; heading: string; all: string }> = [
  { name: 'section', heading: 'Section', all: 'All sections' },
  { name: 'year', heading: 'Year', all: 'All years' },
  { name: 'volume', heading: 'Volume', all: 'All volumes' },
  { name: 'author', heading: 'Author', all: 'All authors' },
];

/** The request narrowed to (or widened from) one facet value; a new narrowing starts again at page 1. */
function narrowed(request: SearchRequest, name: SearchFacetName, value: string | undefined): SearchRequest {
  const next: SearchRequest = { ...request, page: 1 };
  if (name === 'volume' || name === 'year') next[name] = value === undefined ? undefined : Number(value);
  else next[name] = value;
  return next;
}

function FacetLink({
  request,
  name,
  value,
  chosen,
}: {
  request: SearchRequest;
  name: SearchFacetName;
  value: FacetValue;
  chosen: string | undefined;
}) {
  return (
    <li>
      <Link href={searchHref(narrowed(request, name, value.value))} aria-current={chosen === value.value ? 'page' : undefined}>
        {value.label} <span className="search-facet-count">({value.count})</span>
      </Link>
    </li>
  );
}

/**
 * Links that narrow the search by section, year, volume or author, each with how many results it keeps (counted by
 * the CMS with the other narrowings, so a reader can switch between values). A group with one value and none
 * chosen is left out: it would narrow nothing.
 */
export function SearchFacets({ request, facets }: { request: SearchRequest; facets: Facets }) {
  const groups = GROUPS.filter(({ name }) => request[name] !== undefined || facets[name].length > 1);
  if (groups.length === 0) return null;
  return (
    <nav className="search-facets" aria-label="Narrow the results">
      {groups.map(({ name, heading, all }) => {
        const chosen = request[name] === undefined ? undefined : String(request[name]);
        return (
          <section key={name} className="search-facet" aria-labelledby={`facet-${name}`}>
            <h2 id={`facet-${name}`} className="search-facet-heading">
              {heading}
            </h2>
            <ul>
              <li>
                <Link href={searchHref(narrowed(request, name, undefined))} aria-current={chosen === undefined ? 'page' : undefined}>
                  {all}
                </Link>
              </li>
              {facets[name].slice(0, SHOWN).map((value) => (
                <FacetLink key={value.value} request={request} name={name} value={value} chosen={chosen} />
              ))}
            </ul>
            {facets[name].length > SHOWN ? (
              <details className="search-facet-more" open={facets[name].slice(SHOWN).some((value) => value.value === chosen)}>
                <summary>More</summary>
                <ul>
                  {facets[name].slice(SHOWN).map((value) => (
                    <FacetLink key={value.value} request={request} name={name} value={value} chosen={chosen} />
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
    </nav>
  );
}
