import type { Metadata } from 'next';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { Figure } from '@/components/figure';
import { JsonLd } from '@/components/json-ld';
import { listVolumes } from '@/lib/cms';
import { formatCoverDate, volumeYears } from '@/lib/format';
import { SITE } from '@/lib/site';
import { archiveJsonLd } from '@/lib/structured-data';

export const revalidate = 300;
export const metadata: Metadata = { title: 'Archive', alternates: { canonical: sitePaths.volumes } };

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
            Volume {volume.number} · {volumeYears(volume)}
          </h2>
          {volume.description ? <p className="dek">{volume.description}</p> : null}
          <ol className="issue-grid">
            {volume.issues.map((issue) => (
              <li key={issue.number}>
                <Link href={sitePaths.issue(volume.number, issue.number)} className="issue-tile">
                  {issue.cover ? <Figure figure={issue.cover} sizes="(min-width: 960px) 15vw, 45vw" showCaption={false} /> : null}
                  <span className="label">
                    Issue {issue.number} · {formatCoverDate(issue.coverDate)}
                  </span>
                  {issue.title ? <span className="issue-tile-title">{issue.title}</span> : null}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
