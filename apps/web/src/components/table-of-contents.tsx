import { groupBySection } from '@/lib/toc';
import { ArticleCard, type CardArticle } from './article-card';

/** An issue's articles grouped by section, in the editor's order; the section is the group's heading. */
export function TableOfContents({ articles }: { articles: CardArticle[] }) {
  return (
    <div className="toc-groups">
      {groupBySection(articles).map(({ section, articles: group }) => (
        <div key={section?.slug ?? 'unfiled'} className="toc-group">
          <h3 className="label">{section?.name ?? 'More'}</h3>
          {group.map((article) => (
            <ArticleCard key={article.slug} article={article} showSection={false} />
          ))}
        </div>
      ))}
    </div>
  );
}
