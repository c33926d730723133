import { sitePaths } from '@masthead/client/site-paths';
import { IndexPage, indexMetadata } from '@/components/index-page';
import { listSources } from '@/lib/cms';

export const revalidate = 300;
export const metadata = indexMetadata(
  'Sources',
  'Every outlet the paper’s articles cite, A to Z, each with the articles that cite it.',
  sitePaths.sources,
);

/** "bbc.co.uk" from "https://www.bbc.co.uk/news": the outlet's site as readers know it. */
function siteOf(homepageUrl: string | null): string | null {
  if (!homepageUrl) return null;
  try {
    return new URL(homepageUrl).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export default async function SourcesPage() {
  const sources = [...(await listSources())].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const entries = sources.map(({ slug, name, homepageUrl }) => ({
    key: slug,
    href: sitePaths.source(slug),
    name,
    about: siteOf(homepageUrl),
  }));
  return <IndexPage title="Sources" empty="No sources cited yet." entries={entries} />;
}
