import type { ArticleListItem } from '@masthead/client';
import { pickRelated } from '../related';

const item = (slug: string, tags: string[], section: string | null, day: number): ArticleListItem =>
  ({
    slug,
    title: slug,
    tags: tags.map((tag) => ({ documentId: tag, name: tag, slug: tag })),
    section: section ? { documentId: section, name: section, slug: section } : null,
    firstPublishedAt: `2025-01-${String(day).padStart(2, '0')}T12:00:00.000Z`,
    publishedAt: `2025-01-${String(day).padStart(2, '0')}T12:00:00.000Z`,
  }) as ArticleListItem;

const subject = { slug: 'night-buses', tags: [{ slug: 'transit' }, { slug: 'budget' }], section: { slug: 'campus' } };

describe('pickRelated', () => {
  it('ranks two shared tags over one, a shared tag over the section, and newer over older on ties', () => {
    const candidates = [
      item('same-section-old', [], 'campus', 1),
      item('one-tag', ['transit'], 'sports', 2),
      item('both-tags', ['transit', 'budget'], 'opinion', 3),
      item('same-section-new', [], 'campus', 9),
      item('one-tag-and-section', ['budget'], 'campus', 4),
    ];
    expect(pickRelated(subject, candidates, 10).map((article) => article.slug)).toEqual([
      'both-tags',
      'one-tag-and-section',
      'one-tag',
      'same-section-new',
      'same-section-old',
    ]);
  });

  it('leaves out the article itself, duplicates from several lists, and articles sharing nothing', () => {
    const shared = item('shared', ['transit'], null, 5);
    const candidates = [item('night-buses', ['transit'], 'campus', 1), shared, shared, item('unrelated', ['arts'], 'arts', 6)];
    expect(pickRelated(subject, candidates).map((article) => article.slug)).toEqual(['shared']);
  });

  it('returns at most the requested number', () => {
    const candidates = Array.from({ length: 8 }, (_, index) => item(`a${index}`, ['transit'], null, index + 1));
    expect(pickRelated(subject, candidates)).toHaveLength(3);
  });
});
