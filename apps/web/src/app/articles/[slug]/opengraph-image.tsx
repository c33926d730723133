import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { env } from '@/env';
import { getPublishedArticle } from '@/lib/cms';
import { issueLine, namesList } from '@/lib/format';
import { resilientMetadata } from '@/lib/resilient-metadata';
import { coverDataUrl, headlineSize, OG_COLORS, OG_SIZE } from '@/lib/og-card';

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

  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', background: OG_COLORS.paper, color: OG_COLORS.ink }}>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '56px 60px', borderTop: `14px solid ${OG_COLORS.accent}` }}>
          <div style={{ display: 'flex', fontSize: 26, letterSpacing: 4, textTransform: 'uppercase', color: OG_COLORS.accent }}>
            {article.section?.name ?? env.PUBLICATION_NAME}
          </div>
          <div style={{ display: 'flex', flex: 1, alignItems: 'center', fontSize: headlineSize(article.title), lineHeight: 1.1, fontWeight: 700 }}>
            {article.title}
          </div>
          {byline ? <div style={{ display: 'flex', fontSize: 28, color: OG_COLORS.soft }}>By {byline}</div> : null}
          <div style={{ display: 'flex', marginTop: 18, paddingTop: 18, borderTop: `2px solid ${OG_COLORS.rule}`, fontSize: 24, color: OG_COLORS.soft }}>
            {env.PUBLICATION_NAME}
            {issue ? ` · ${issue}` : ''}
          </div>
        </div>
        {cover ? (
          <img src={cover} alt="" width={420} height={630} style={{ width: 420, height: 630, objectFit: 'cover' }} />
        ) : null}
      </div>
    ),
    { ...OG_SIZE },
  );
}
