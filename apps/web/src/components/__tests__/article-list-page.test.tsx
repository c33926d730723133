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
});
