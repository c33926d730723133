import { escapeXml } from './xml';

/**
 * RSS 2.0 for the site and for each section. Built as a string with every value escaped; no HTML from the CMS goes
 * into the feed, only the dek as plain text.
 */
export interface FeedItem {
  title: string;
  url: string;
  description: string;
  publishedAt: string;
  authors: string[];
  category: string | null;
}

export interface FeedChannel {
  title: string;
  description: string;
  siteUrl: string;
  feedUrl: string;
  items: FeedItem[];
}

export function renderRss(channel: FeedChannel): string {
  const items = channel.items.map((item) => {
    const lines = [
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      `<description>${escapeXml(item.description)}</description>`,
      `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`,
      ...item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`),
      ...(item.category ? [`<category>${escapeXml(item.category)}</category>`] : []),
    ];
    return `    <item>\n      ${lines.join('\n      ')}\n    </item>`;
  });
  const newest = channel.items[0]?.publishedAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.siteUrl)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
