import { readTags } from '@masthead/client/cache-tags';
import {
  articleRevalidation,
  issueRevalidation,
  publicationRevalidation,
  termRevalidation,
  type ArticleView,
  type IssueView,
  type Revalidation,
  type TermView,
} from '../affected-tags';

/**
 * The two halves of the site's cache contract, held together: after each kind of change, every read of the
 * website's (tagged from `readTags`, the table apps/web/src/lib/cms uses) that shows the changed document is
 * refreshed, because the CMS names one of the tags the read carries (Next's `revalidateTag` drops every fetch that
 * carries a named tag).
 */
const article: ArticleView = {
  slug: 'night-buses',
  issue: { volume: 19, number: 4 },
  section: 'campus',
  authors: ['ada-quill'],
  tags: ['transit'],
  sources: ['bbc'],
};
const moved: ArticleView = {
  ...article,
  issue: { volume: 19, number: 5 },
  section: 'news',
  authors: ['ben-ortiz'],
  tags: ['housing'],
  sources: ['npr'],
};
const renamed: ArticleView = { ...article, slug: 'night-buses-return' };

/** The reads that show an article: its page, the lists it is in, the pages of what it is filed under. */
function readsShowing(view: ArticleView): Record<string, string[]> {
  return {
    [`the article page ${view.slug}`]: readTags.article(view.slug),
    'the list of all articles (home page, feeds)': readTags.articles(),
    'every cached search': readTags.search(),
    'the sitemap': readTags.allArticles(),
    ...(view.issue
      ? {
          [`issue ${view.issue.volume}/${view.issue.number}`]: readTags.issue(view.issue.volume, view.issue.number),
          [`the articles of issue ${view.issue.volume}/${view.issue.number}`]: readTags.articles({ issue: view.issue }),
          'the current issue': readTags.latestIssue(),
        }
      : {}),
    ...(view.section ? { [`section ${view.section}`]: readTags.articles({ section: view.section }) } : {}),
    ...Object.fromEntries(view.tags.map((tag) => [`tag ${tag}`, readTags.articles({ tag })])),
    ...Object.fromEntries(
      view.authors.flatMap((author) => [
        [`author ${author}`, readTags.author(author)],
        [`articles filtered by author ${author}`, readTags.articles({ author })],
      ]),
    ),
    ...Object.fromEntries(
      view.sources.flatMap((source) => [
        [`source ${source}`, readTags.source(source)],
        [`articles filtered by source ${source}`, readTags.articles({ source })],
      ]),
    ),
  };
}

const issue: IssueView = { volume: 19, number: 4, articleSlugs: ['night-buses'] };

/** The reads that show an issue: its page and table of contents, the current issue, the archive, its articles' issue line. */
function readsShowingIssue(view: IssueView): Record<string, string[]> {
  return {
    [`issue ${view.volume}/${view.number}`]: readTags.issue(view.volume, view.number),
    [`the articles of issue ${view.volume}/${view.number}`]: readTags.articles({ issue: view }),
    'the current issue': readTags.latestIssue(),
    'the archive': readTags.volumes(),
    ...Object.fromEntries(view.articleSlugs.map((slug) => [`the article page ${slug}`, readTags.article(slug)])),
  };
}

const term = (slug: string | null, articles: ArticleView[] = [article]): TermView => ({ slug, articles });
/** A term is on its articles' pages and cards, and in the tables of contents they are in. */
const bylined = readsShowing(article);

const changes: Array<[string, Revalidation, Record<string, string[]>]> = [
  ['an article published', articleRevalidation(null, article), readsShowing(article)],
  ['an article updated where it stands', articleRevalidation(article, article), readsShowing(article)],
  [
    'an article moved to another issue, section, byline, tag and source',
    articleRevalidation(article, moved),
    { ...readsShowing(article), ...readsShowing(moved) },
  ],
  ['an article unpublished', articleRevalidation(article, null), readsShowing(article)],
  [
    'an article’s slug changed (its old URL now redirects)',
    articleRevalidation(article, renamed),
    { ...readsShowing(article), ...readsShowing(renamed), 'the redirect from the old URL': readTags.articleRedirect(article.slug) },
  ],
  ['an issue published', issueRevalidation(null, issue), readsShowingIssue(issue)],
  ['an issue updated', issueRevalidation(issue, issue), readsShowingIssue(issue)],
  ['an issue unpublished', issueRevalidation(issue, null), readsShowingIssue(issue)],
  [
    'a volume updated',
    termRevalidation('volume', term(null), term(null)),
    { 'the archive': readTags.volumes(), 'the current issue': readTags.latestIssue(), ...bylined },
  ],
  [
    'a volume renumbered',
    termRevalidation('volume', term(null), term(null, [{ ...article, issue: { volume: 20, number: 4 } }])),
    { 'the archive': readTags.volumes(), ...bylined, ...readsShowing({ ...article, issue: { volume: 20, number: 4 } }) },
  ],
  [
    'an author renamed and re-slugged',
    termRevalidation('author', term('ada'), term('ada-quill')),
    {
      'the staff page': readTags.authors(),
      'author ada': readTags.author('ada'),
      'author ada-quill': readTags.author('ada-quill'),
      'articles filtered by author ada-quill': readTags.articles({ author: 'ada-quill' }),
      ...bylined,
    },
  ],
  [
    'a source updated',
    termRevalidation('source', term('bbc'), term('bbc')),
    {
      'the sources': readTags.sources(),
      'source bbc': readTags.source('bbc'),
      'articles filtered by source bbc': readTags.articles({ source: 'bbc' }),
      ...bylined,
    },
  ],
  [
    'a section updated',
    termRevalidation('section', term('campus'), term('campus')),
    { 'every page’s header': readTags.sections(), 'section campus': readTags.articles({ section: 'campus' }), ...bylined },
  ],
  [
    'a tag updated',
    termRevalidation('tag', term('transit'), term('transit')),
    { 'the tags': readTags.tags(), 'tag transit': readTags.articles({ tag: 'transit' }), ...bylined },
  ],
  [
    'the publication’s settings changed',
    publicationRevalidation(),
    { 'every page’s footer and icon, the about page': readTags.publication() },
  ],
];

describe('the site’s cache contract', () => {
  it.each(changes)('after %s, refreshes every read that shows it', (_change, revalidation, reads) => {
    const named = new Set(revalidation.tags);
    const stale = Object.entries(reads).filter(([, tags]) => !tags.some((tag) => named.has(tag)));
    expect(stale.map(([read]) => read)).toEqual([]);
  });
});
