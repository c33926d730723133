import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sitePaths } from '@masthead/client/site-paths';

const APP = path.resolve(__dirname, '..');

/** The folder under src/app that serves a path (a literal segment first, else a dynamic one), or null. */
function routeOf(sitePath: string): string | null {
  let dir = APP;
  for (const segment of sitePath.split('/').filter(Boolean)) {
    const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const next = folders.find((folder) => folder.name === segment) ?? folders.find((folder) => /^\[\w+\]$/.test(folder.name));
    if (!next) return null;
    dir = path.join(dir, next.name);
  }
  return ['page.tsx', 'route.ts'].some((file) => existsSync(path.join(dir, file))) ? path.relative(APP, dir) || '.' : null;
}

/** One example of every path the shared URL scheme builds. */
const examples: Record<keyof typeof sitePaths, string> = {
  home: sitePaths.home,
  article: sitePaths.article('night-buses'),
  volumes: sitePaths.volumes,
  volume: sitePaths.volume(19),
  issue: sitePaths.issue(19, 4),
  authors: sitePaths.authors,
  author: sitePaths.author('ada-quill'),
  sources: sitePaths.sources,
  source: sitePaths.source('bbc'),
  sections: sitePaths.sections,
  section: sitePaths.section('campus'),
  tags: sitePaths.tags,
  tag: sitePaths.tag('transit'),
  listingPage: sitePaths.listingPage(sitePaths.tag('transit'), 2),
  search: sitePaths.search,
  about: sitePaths.about,
  feed: sitePaths.feed,
  sectionFeed: sitePaths.sectionFeed('campus'),
};

describe('the site paths in @masthead/client', () => {
  it.each(Object.entries(examples))('%s (%s) is a route the website serves', (_name, sitePath) => {
    expect(routeOf(sitePath)).not.toBeNull();
  });

  it('put page 1 of a listing at its bare path', () => {
    expect(sitePaths.listingPage('/tags/transit', 1)).toBe('/tags/transit');
  });
});
