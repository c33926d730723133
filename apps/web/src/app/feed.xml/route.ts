import { sitePaths } from '@masthead/client/site-paths';
import { env } from '@/env';
import { listArticles } from '@/lib/cms';
import { rssResponse } from '@/lib/feed-response';

export const revalidate = 300;

export async function GET() {
  const { items } = await listArticles({ pageSize: 30 });
  return rssResponse({ title: env.PUBLICATION_NAME, description: env.PUBLICATION_TAGLINE, path: sitePaths.feed, articles: items });
}
