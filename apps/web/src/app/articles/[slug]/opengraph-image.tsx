import { notFound } from 'next/navigation';
import { env } from '@/env';
import { getPublishedArticle } from '@/lib/cms';
import { issueLine, namesList } from '@/lib/format';
import { resilientMetadata } from '@/lib/resilient-metadata';
import { coverDataUrl, OG_SIZE, renderArticleCard } from '@/lib/og-card';

/**
 * The card shown when an article is shared: headline, section, byline, issue and cover, drawn at 1200×630. Rendered
 * on first request and cached with the page (ISR), so a publish that revalidates the article refreshes it too.
 */
export const revalidate = 300;
export const size = OG_SIZE;
export const contentType = 'image/png';

type Params = Promise<{ slug: string }>;

const card = (alt: string) => [{ id: 'card', size: OG_SIZE, contentType, alt }];

export const generateImageMetadata = resilientMetadata(async ({ params }: { params: { slug: string } }) => {
  const article = await getPublishedArticle(params.slug);
  return card(article ? `${article.title} — ${env.PUBLICATION_NAME}` : env.PUBLICATION_NAME);
}, card(env.PUBLICATION_NAME));

export default async function ArticleCardImage({ params }: { params: Params }) {
  const article = await getPublishedArticle((await params).slug);
  if (!article) notFound();
  const cover = article.cover ? await coverDataUrl(article.cover.image) : null;
  const byline = namesList(article.authors.map((author) => author.name));
  const issue = article.issue?.volume ? issueLine({ ...article.issue, volume: article.issue.volume }) : null;

  return renderArticleCard({
    kicker: article.section?.name ?? env.PUBLICATION_NAME,
    title: article.title,
    byline,
    footer: `${env.PUBLICATION_NAME}${issue ? ` · ${issue}` : ''}`,
    cover,
  });
}
