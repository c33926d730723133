import type { MetadataRoute } from 'next';
import { sitePaths } from '@masthead/client/site-paths';
import { env } from '@/env';
import { getPublication, listAllArticles, listAuthors, listSections, listSources, listTags, listVolumes } from '@/lib/cms';
import { escapeXml } from '@/lib/xml';

export const revalidate = 300;

/**
 * Every published page: home, archive, volumes, issues, articles, authors, the indexes, sources, sections and tags,
 * and the about page once the editors have written it.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [publication, volumes, articles, authors, sources, sections, tags] = await Promise.all([
    getPublication(),
    listVolumes(),
    listAllArticles(),
    listAuthors(),
    listSources(),
    listSections(),
    listTags(),
  ]);
  // Next writes each URL into <loc> as it is: a `&` a path may hold must arrive escaped.
  const url = (path: string) => escapeXml(new URL(path, env.SITE_URL).toString());
  return [
    { url: url(sitePaths.home), changeFrequency: 'daily', priority: 1 },
    { url: url(sitePaths.volumes), changeFrequency: 'weekly' },
    { url: url(sitePaths.authors), changeFrequency: 'monthly' },
    ...(publication.about ? [{ url: url(sitePaths.about), changeFrequency: 'yearly' as const }] : []),
    ...[sitePaths.sections, sitePaths.tags, sitePaths.sources].map((index) => ({ url: url(index), changeFrequency: 'weekly' as const })),
    ...volumes.map((volume) => ({ url: url(sitePaths.volume(volume.number)) })),
    ...volumes.flatMap((volume) =>
      volume.issues.map((issue) => ({ url: url(sitePaths.issue(volume.number, issue.number)), lastModified: issue.coverDate })),
    ),
    ...articles.map((article) => ({ url: url(sitePaths.article(article.slug)), lastModified: article.updatedAt })),
    ...authors.map((author) => ({ url: url(sitePaths.author(author.slug)) })),
    ...sources.map((source) => ({ url: url(sitePaths.source(source.slug)) })),
    ...sections.map((section) => ({ url: url(sitePaths.section(section.slug)) })),
    ...tags.map((tag) => ({ url: url(sitePaths.tag(tag.slug)) })),
  ];
}
