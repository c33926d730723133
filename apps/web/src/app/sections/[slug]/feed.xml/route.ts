import { sitePaths } from '@masthead/client/site-paths';
import { findTerm } from '@/components/listing-route';
import { env } from '@/env';
import { listArticles } from '@/lib/cms';
import { rssResponse } from '@/lib/feed-response';

export const revalidate = 300;
/** Rendered on first request, then served statically (ISR). */
export const generateStaticParams = () => [];

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const section = await findTerm('section', slug);
  if (!section) return new Response('Not found', { status: 404 });
  const { items } = await listArticles({ section: slug, pageSize: 30 });
  return rssResponse({
    title: `${section.name} · ${env.PUBLICATION_NAME}`,
    description: `${section.name} from ${env.PUBLICATION_NAME}`,
    path: sitePaths.sectionFeed(slug),
    articles: items,
  });
}
