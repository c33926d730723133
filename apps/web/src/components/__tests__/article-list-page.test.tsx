import type { ArticleListItem, Page } from '@masthead/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleListPage } from '../article-list-page';

// next/link resolves the workspace root's React (the admin's 18) under jest; a plain anchor is all this needs.
jest.mock('next/link', () => ({
  __esModule: true,
  default: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

/** A list page's header and page links for a pagination as the CMS answers it. */
function render(pagination: Page<ArticleListItem>['pagination']) {
  const html = renderToStaticMarkup(
    <ArticleListPage eyebrow="Section" title="Campus" articles={{ items: [], pagination }} basePath="/sections/campus" />,
  );
  return html.replace(/<!-- -->/g, '');
}

describe('ArticleListPage', () => {
  it('gives an exact total and page count as they are', () => {
    const html = render({ page: 2, pageSize: 20, pageCount: 3, total: 1234, totalIsExact: true });
    expect(html).toContain('1,234 articles');
    expect(html).toContain('Page 2 of 3<');
    expect(html).toContain('href="/sections/campus/page/3"');
  });

  it('says "more than" and "or more" when the CMS stopped counting, and still links the next page', () => {
    const html = render({ page: 1, pageSize: 20, pageCount: 51, total: 1001, totalIsExact: false });
    expect(html).toContain('More than 1,000 articles');
    expect(html).toContain('Page 1 of 51 or more');
    expect(html).toContain('rel="next"');
  });

  it('names one article in the singular', () => {
    expect(render({ page: 1, pageSize: 20, pageCount: 1, total: 1, totalIsExact: true })).toContain('>1 article<');
  });

  const story = (slug: string): ArticleListItem => ({
    documentId: slug,
    title: `Story ${slug}`,
    slug,
    dek: 'A dek.',
    authors: [{ documentId: 'a', name: 'Ada Quill', slug: 'ada-quill', role: null, bio: null, avatar: null }],
    issue: {
      documentId: 'i',
      number: 3,
      coverDate: '2025-01-01',
      title: null,
      volume: { documentId: 'v', number: 19, startYear: 2024, endYear: 2025, title: null },
    },
    position: 1,
    section: { documentId: 's', name: 'Campus', slug: 'campus' },
    tags: [],
    cover: null,
    citations: [],
    readingTimeMinutes: 4,
    firstPublishedAt: '2025-01-03T13:00:00.000Z',
    publishedAt: '2025-01-03T13:00:00.000Z',
    updatedAt: '2025-01-03T13:00:00.000Z',
  });
  const listOf = (page: number, items: ArticleListItem[], showSection?: boolean) =>
    renderToStaticMarkup(
      <ArticleListPage
        eyebrow="Section"
        title="Campus"
        articles={{ items, pagination: { page, pageSize: 20, pageCount: 2, total: 40, totalIsExact: true } }}
        basePath="/sections/campus"
        showSection={showSection}
      />,
    ).replace(/<!-- -->/g, '');

  it('leads its first page with the newest story, then lists the others; later pages are lists only', () => {
    const first = listOf(1, [story('a'), story('b'), story('c')]);
    expect(first.match(/class="list-lead"/g)).toHaveLength(1);
    expect(first).toMatch(/class="list-lead"><article class="card card-lead"><div class="card-text">.*Story a/);
    expect(first.match(/card-thumbnail/g)).toHaveLength(2);
    const second = listOf(2, [story('d'), story('e')]);
    expect(second).not.toContain('list-lead');
    expect(second.match(/card-thumbnail/g)).toHaveLength(2);
  });

  it('prints when and where on every card, with a plain byline, and no kicker on a section’s own page', () => {
    const html = listOf(1, [story('a'), story('b')], false);
    expect(
      html.match(
        /<span>By Ada Quill<\/span> · <time dateTime="2025-01-03T13:00:00.000Z">Jan. 3, 2025<\/time> · <span>Vol. 19, No. 3<\/span>/g,
      ),
    ).toHaveLength(2);
    expect(html).not.toContain('href="/authors/');
    expect(html).not.toContain('class="kicker"');
    expect(listOf(1, [story('a')])).toContain('class="kicker"');
  });
});
