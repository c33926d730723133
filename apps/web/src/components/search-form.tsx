import type { Author, Section, Volume } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';
import { volumeYears } from '@/lib/format';
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
  return (
    <form className="search-form" action={sitePaths.search} method="get" role="search">
      <div className="search-box">
        <label htmlFor="search-q">Search articles</label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={request.query}
          maxLength={200}
          required
          placeholder="Words from a headline or story"
          autoComplete="off"
        />
        <button type="submit">Search</button>
      </div>
      <details className="search-filters" open={Boolean(request.section || request.author || request.volume)}>
        <summary>Narrow by section, author or volume</summary>
        <div className="search-filter-fields">
          <div className="search-filter">
            <label htmlFor="search-section">Section</label>
            <select id="search-section" name="section" defaultValue={request.section ?? ''}>
              <option value="">All sections</option>
              {sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
          <div className="search-filter">
            <label htmlFor="search-author">Author</label>
            <select id="search-author" name="author" defaultValue={request.author ?? ''}>
              <option value="">All authors</option>
              {authors.map((author) => (
                <option key={author.slug} value={author.slug}>
                  {author.name}
                </option>
              ))}
            </select>
          </div>
          <div className="search-filter">
            <label htmlFor="search-volume">Volume</label>
            <select id="search-volume" name="volume" defaultValue={request.volume ? String(request.volume) : ''}>
              <option value="">All volumes</option>
              {volumes.map((volume) => (
                <option key={volume.number} value={volume.number}>
                  Volume {volume.number} ({volumeYears(volume)})
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
    </form>
  );
}
