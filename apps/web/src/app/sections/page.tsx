import { sitePaths } from '@masthead/client/site-paths';
import { IndexPage, indexMetadata } from '@/components/index-page';
import { listSections } from '@/lib/cms';

export const revalidate = 300;
export const metadata = indexMetadata('Sections', 'Every section of the paper, in the order of its pages.', sitePaths.sections);

export default async function SectionsPage() {
  const sections = await listSections();
  const entries = sections.map(({ slug, name, description }) => ({ key: slug, href: sitePaths.section(slug), name, about: description }));
  return <IndexPage title="Sections" empty="No sections yet." entries={entries} />;
}
