import type { ArticleListItem } from '@masthead/client';

/** How many related articles an article page shows. */
export const RELATED_COUNT = 3;

interface Subject {
  slug: string;
  tags: Array<{ slug: string }>;
  section: { slug: string } | null;
}

/**
 * Ranks candidates by what they share with the article: each shared tag counts twice, the same section once;
 * ties go to the newer article. Candidates sharing nothing are never "related".
 */
export function pickRelated(subject: Subject, candidates: readonly ArticleListItem[], count = RELATED_COUNT): ArticleListItem[] {
  const tags = new Set(subject.tags.map((tag) => tag.slug));
  const score = (candidate: ArticleListItem) =>
    2 * candidate.tags.filter((tag) => tags.has(tag.slug)).length +
    (subject.section && candidate.section?.slug === subject.section.slug ? 1 : 0);
  const newest = (candidate: ArticleListItem) => Date.parse(candidate.firstPublishedAt ?? candidate.publishedAt);

  const unique = new Map(candidates.filter((candidate) => candidate.slug !== subject.slug).map((candidate) => [candidate.slug, candidate]));
  return [...unique.values()]
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || newest(b.candidate) - newest(a.candidate))
    .map(({ candidate }) => candidate)
    .slice(0, count);
}
