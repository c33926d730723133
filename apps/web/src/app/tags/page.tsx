import { sitePaths } from '@masthead/client/site-paths';
import { IndexPage, indexMetadata } from '@/components/index-page';
import { listTags } from '@/lib/cms';

export const revalidate = 300;
export const metadata = indexMetadata('Topics', 'Every topic the paper has tagged its stories with, A to Z.', sitePaths.tags);

export default async function TagsPage() {
  const tags = [...(await listTags())].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <IndexPage
      title="Topics"
      empty="No topics yet."
      entries={tags.map(({ slug, name }) => ({ key: slug, href: sitePaths.tag(slug), name }))}
    />
  );
}
