import { env } from '@/env';
import { mediaUrl } from './cms';
import type { SiteInfo } from './structured-data';

/** The site as structured data and feeds describe it. */
export const SITE: SiteInfo = { siteUrl: env.SITE_URL, publicationName: env.PUBLICATION_NAME, mediaUrl };
