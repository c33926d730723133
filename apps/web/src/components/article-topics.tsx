import Link from 'next/link';
import type { Tag } from '@masthead/client';
import { sitePaths } from '@masthead/client/site-paths';

/** The topics an article is tagged with, each leading to the topic's page. */
export function ArticleTopics({ tags }: { tags: ReadonlyArray<Pick<Tag, 'slug' | 'name'>> }) {
  if (tags.length === 0) return null;
  return (
    <nav className="article-tags" aria-labelledby="topics-title">
      <h2 id="topics-title" className="label">
        Topics
      </h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={sitePaths.tag(tag.slug)}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
