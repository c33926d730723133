import type { Author, Section, Volume } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';
import { volumeYears } from '@/lib/format';
import { SearchBox } from '@/components/search-box';
import type { SearchRequest } from '@/lib/search-params';

/** A plain GET form: searching works without JavaScript, and every search has a URL to share. */
export function SearchForm({
  request,
  sections,
  authors,
  volumes,
}: {
  request: SearchRequest;
  sections: Section[];
  authors: Author[];
  volumes: Volume[];
}) {
  const sectionOptions = sections.map((section) => ({ value: section.slug, label: section.name }));
  const authorOptions = authors.map((author) => ({ value: author.slug, label: author.name }));
  const volumeOptions = volumes.map((volume) => ({
    value: String(volume.number),
    label: `Volume ${volume.number} (${volumeYears(volume)})`,
  }));
  return (
    <form className="search-form" action={sitePaths.search} method="get" role="search">
      <SearchBox id="search-q" defaultValue={request.query} />
      {/* A new search keeps the order the reader chose. */}
      {request.sort ? <input type="hidden" name="sort" value={request.sort} /> : null}
      {/* The year has no field of its own: it is chosen from the results' facets, and kept here. */}
      {request.year ? <input type="hidden" name="year" value={request.year} /> : null}
      <details className="search-filters" open={Boolean(request.section || request.author || request.volume)}>
        <summary>Narrow by section, author or volume</summary>
        <div className="search-filter-fields">
          <FilterSelect name="section" label="Section" anyLabel="All sections" value={request.section ?? ''} options={sectionOptions} />
          <FilterSelect name="author" label="Author" anyLabel="All authors" value={request.author ?? ''} options={authorOptions} />
          <FilterSelect name="volume" label="Volume" anyLabel="All volumes" value={String(request.volume ?? '')} options={volumeOptions} />
        </div>
      </details>
    </form>
  );
}

/** One of the search's narrowing filters: a labelled select whose empty choice means "any". */
function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value: string;
  options: Array<{ value: string; label: string }>;
}) {
  const id = `search-${name}`;
  return (
    <div className="search-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
