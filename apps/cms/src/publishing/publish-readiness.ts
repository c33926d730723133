/**
 * What an article needs before readers may see it. The same rules hold for a publish by hand, by the scheduler and
 * by an issue's release, so an editor meets one set of messages wherever they publish from.
 */
export interface ArticleDraft {
  title?: string | null;
  dek?: string | null;
  authors?: unknown[] | null;
  issue?: unknown | null;
  cover?: { alt?: string | null } | null;
}

export function publishProblems(article: ArticleDraft): string[] {
  const problems: string[] = [];
  if (!article.authors?.length) problems.push('add at least one author to the byline');
  if (!article.issue) problems.push('choose the issue it appears in');
  if (!article.dek?.trim()) problems.push('write its summary');
  if (article.cover && !article.cover.alt?.trim()) problems.push('describe the cover image in its alt text');
  return problems;
}

/** "“Title” can’t be published yet: add …, choose … and write …." */
export function publishProblemsMessage(title: string | null | undefined, problems: readonly string[]): string {
  const list = problems.length === 1 ? problems[0] : `${problems.slice(0, -1).join(', ')} and ${problems[problems.length - 1]}`;
  return `${title ? `“${title}”` : 'This article'} can’t be published yet: ${list}.`;
}
