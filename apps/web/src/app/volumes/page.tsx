import type { Metadata } from 'next';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { IssueGrid } from '@/components/issue-grid';
import { JsonLd } from '@/components/json-ld';
import { listVolumes } from '@/lib/cms';
import { volumeYears } from '@/lib/format';
import { SITE } from '@/lib/site';
import { archiveJsonLd } from '@/lib/structured-data';

export const revalidate = 300;
export const metadata: Metadata = {
  title: 'Archive',
  description: 'Every issue, volume by volume, with its cover and table of contents.',
  alternates: { canonical: sitePaths.volumes },
};

export default async function ArchivePage() {
  const volumes = await listVolumes();
  return (
    <section className="archive">
      <JsonLd data={archiveJsonLd(SITE, volumes)} />
      <header className="list-header">
        <p className="eyebrow">Archive</p>
        <h1>Every issue</h1>
      </header>
      {volumes.map((volume) => (
        <section key={volume.number} className="volume" aria-labelledby={`volume-${volume.number}`}>
          <h2 id={`volume-${volume.number}`} className="section-title">
            <Link href={sitePaths.volume(volume.number)}>
              Volume {volume.number} · {volumeYears(volume)}
            </Link>
          </h2>
          {volume.description ? <p className="dek">{volume.description}</p> : null}
          <IssueGrid volume={volume} sizes="(min-width: 960px) 25vw, 100vw" />
        </section>
      ))}
    </section>
  );
}
