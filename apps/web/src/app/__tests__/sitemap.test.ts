import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import { strictXmlError } from '@masthead/test-kit/strict-xml';
import sitemap from '../sitemap';

/** The CMS as the sitemap reads it, holding names no URL scheme promised to keep tidy. */
jest.mock('@/lib/cms', () => ({
  getPublication: async () => ({ about: [{ type: 'paragraph', children: [{ type: 'text', text: 'About us.' }] }] }),
  listVolumes: async () => [{ number: 19, issues: [{ number: 4, coverDate: '2025-01-06' }] }],
  listAllArticles: async () => [
    { slug: 'budget&vote', updatedAt: '2025-01-06T07:00:00.000Z' },
    { slug: "o'brien-wins", updatedAt: '2025-01-06T07:00:00.000Z' },
  ],
  listAuthors: async () => [{ slug: 'ada<quill>' }],
  listSources: async () => [{ slug: 'bbc\uFFFE' }],
  listSections: async () => [{ slug: 'news' }],
  listTags: async () => [{ slug: 'vote\uD800' }],
}));

describe('the sitemap', () => {
  it('parses with a strict XML parser whatever the slugs hold, as Next writes it', async () => {
    const xml = resolveSitemap(await sitemap());
    expect(strictXmlError(xml)).toBeNull();
    expect(xml).toContain('/articles/budget&amp;vote</loc>');
    expect(xml).toContain('/about</loc>');
  });
});
