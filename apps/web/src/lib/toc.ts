type Sectioned = { section: { name: string; slug: string } | null };

/** Groups a table of contents by section, keeping the editor's order of first appearance. */
export function groupBySection<Article extends Sectioned>(articles: Article[]) {
  const groups = new Map<string, { section: Sectioned['section']; articles: Article[] }>();
  for (const article of articles) {
    const key = article.section?.slug ?? '';
    const group = groups.get(key) ?? { section: article.section, articles: new Array<Article>() };
    group.articles.push(article);
    groups.set(key, group);
  }
  return [...groups.values()];
}
