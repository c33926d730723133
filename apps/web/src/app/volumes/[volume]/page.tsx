import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { sitePaths } from '@masthead/client/site-paths';
import { Breadcrumb } from '@/components/breadcrumb';
import { IssueGrid } from '@/components/issue-grid';
import { listVolumes } from '@/lib/cms';
import { volumeYears } from '@/lib/format';
import { resilientMetadata } from '@/lib/resilient-metadata';

export const revalidate = 300;

/** Volumes render on first request and are then served statically (ISR); none is built ahead. */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ volume: string }>;

/** The volume, from the archive's one cached read; a number that is not a plain positive integer is a 404. */
async function load(params: Params) {
  const { volume } = await params;
  if (!/^[1-9]\d{0,5}$/.test(volume)) return null;
  return (await listVolumes()).find((each) => each.number === Number(volume)) ?? null;
}

export const generateMetadata = resilientMetadata(async ({ params }: { params: Params }): Promise<Metadata> => {
  const volume = await load(params);
  if (!volume) return {};
  const title = `Volume ${volume.number} (${volumeYears(volume)})`;
  const count = volume.issues.length;
  return {
    title,
    description: volume.description ?? `${count} ${count === 1 ? 'issue' : 'issues'} of Volume ${volume.number}, ${volumeYears(volume)}.`,
    alternates: { canonical: sitePaths.volume(volume.number) },
  };
}, {});

export default async function VolumePage({ params }: { params: Params }) {
  const volume = await load(params);
  if (!volume) notFound();
  return (
    <section className="archive">
      <Breadcrumb trail={[{ label: 'Archive', href: sitePaths.volumes }, { label: `Volume ${volume.number}` }]} />
      <header className="list-header">
        <p className="eyebrow">{volumeYears(volume)}</p>
        <h1>Volume {volume.number}</h1>
        {volume.title ? <p className="dek">{volume.title}</p> : null}
      </header>
      {volume.description ? <p className="dek volume-note">{volume.description}</p> : null}
      <IssueGrid volume={volume} sizes="(min-width: 960px) 25vw, 100vw" />
    </section>
  );
}
