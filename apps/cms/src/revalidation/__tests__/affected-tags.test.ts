import { articleRevalidation, issueRevalidation, termRevalidation, type ArticleView } from '../affected-tags';

const article: ArticleView = {
  slug: 'night-buses',
  issue: { volume: 19, number: 4 },
  section: 'campus',
  authors: ['ada-quill', 'ben-ortiz'],
  tags: ['transit'],
  sources: ['bbc'],
};

describe('articleRevalidation', () => {
  it('names every page that shows a newly published article', () => {
    expect(articleRevalidation(null, article)).toEqual({
      tags: [
        'articles',
        'article:night-buses',
        'issue:19:4',
        'section:campus',
        'author:ada-quill',
        'author:ben-ortiz',
        'tag:transit',
        'source:bbc',
        'issues',
      ],
      paths: [],
    });
  });

  it('names the pages of the old and the new state when an edit moves the article, and the old URL', () => {
    const moved = { ...article, slug: 'night-buses-return', section: 'news', authors: ['ada-quill'], issue: { volume: 19, number: 5 } };
    const { tags, paths } = articleRevalidation(article, moved);
    expect(tags).toEqual(
      expect.arrayContaining([
        'article:night-buses',
        'article:night-buses-return',
        'section:campus',
        'section:news',
        'author:ben-ortiz',
        'issue:19:4',
        'issue:19:5',
      ]),
    );
    expect(new Set(tags).size).toBe(tags.length);
    expect(paths).toEqual(['/articles/night-buses']);
  });

  it('names the pages that showed an unpublished article', () => {
    expect(articleRevalidation(article, null).tags).toContain('article:night-buses');
  });

  it('names nothing when nothing public changed (a draft was saved)', () => {
    expect(articleRevalidation(null, null)).toEqual({ tags: [], paths: [] });
  });

  it('leaves the issue list alone for an article outside any issue', () => {
    expect(articleRevalidation(null, { ...article, issue: null }).tags).not.toContain('issues');
  });
});

describe('issueRevalidation', () => {
  it('names the issue, the current-issue and archive lists, and its articles (their issue line)', () => {
    expect(issueRevalidation(null, { volume: 19, number: 4, articleSlugs: ['a', 'b'] }).tags).toEqual([
      'issues',
      'volumes',
      'issue:19:4',
      'article:a',
      'article:b',
    ]);
  });
});

describe('termRevalidation', () => {
  it('names an author’s old and new page, and every page its articles are on, as an edit of each would', () => {
    const bylined = { ...article, authors: ['ada-quill'] };
    expect(
      termRevalidation('author', { slug: 'ada', articles: [{ ...bylined, authors: ['ada'] }] }, { slug: 'ada-quill', articles: [bylined] })
        .tags,
    ).toEqual([
      'authors',
      'author:ada',
      'author:ada-quill',
      ...articleRevalidation({ ...bylined, authors: ['ada'] }, { ...bylined, authors: ['ada'] }).tags.filter((tag) => tag !== 'author:ada'),
    ]);
  });

  it('names the archive and current issue for a volume, which has no page of its own', () => {
    expect(termRevalidation('volume', null, { slug: null, articles: [] }).tags).toEqual(['volumes', 'issues']);
  });

  it('names the issue pages of a volume’s articles under its old and its new number', () => {
    const renumbered = { ...article, issue: { volume: 20, number: 4 } };
    expect(termRevalidation('volume', { slug: null, articles: [article] }, { slug: null, articles: [renumbered] }).tags).toEqual(
      expect.arrayContaining(['volumes', 'issues', 'issue:19:4', 'issue:20:4', 'article:night-buses']),
    );
  });
});
