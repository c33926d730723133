import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { sitePaths } from '@masthead/client/site-paths';
import { Blocks } from '@/components/blocks';
import { Breadcrumb } from '@/components/breadcrumb';
import { Figure } from '@/components/figure';
import { JsonLd } from '@/components/json-ld';
import { TableOfContents } from '@/components/table-of-contents';
import { getIssue, listVolumes } from '@/lib/cms';
import { blocksSummary, formatCoverDate, issueLine } from '@/lib/format';
import { issueNeighbours, type IssuePlace } from '@/lib/issue-order';
import { resilientMetadata } from '@/lib/resilient-metadata';
import { SITE } from '@/lib/site';
import { issueJsonLd } from '@/lib/structured-data';

export const revalidate = 300;

/** Issues render on first request and are then served statically (ISR); none is built ahead. */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ volume: string; issue: string }>;

/** Only plain positive integers are issue coordinates; anything else is a 404 without asking the CMS. */
function parseParams(params: { volume: string; issue: string }): [number, number] | null {
  const numbers = [params.volume, params.issue].map((value) => (/^[1-9]\d{0,5}$/.test(value) ? Number(value) : NaN));
  return numbers.some(Number.isNaN) ? null : [numbers[0], numbers[1]];
}

async function load(params: Params) {
  const coordinates = parseParams(await params);
  return coordinates ? getIssue(...coordinates) : null;
}

export const generateMetadata = resilientMetadata(async ({ params }: { params: Params }): Promise<Metadata> => {
  const issue = await load(params);
  if (!issue) return {};
  const title = `${issueLine(issue)}${issue.title ? ` — ${issue.title}` : ''}`;
  // The editor's note where there is one, else what is in the issue.
  const description =
    (issue.editorsNote && blocksSummary(issue.editorsNote)) ||
    `${issueLine(issue)}: ${issue.articles.map((article) => article.title).join('; ')}`.slice(0, 300);
  return {
    title,
    description,
    alternates: { canonical: sitePaths.issue(issue.volume.number, issue.number) },
    openGraph: { title, description },
  };
}, {});

/** "← Issue 3 · January 2025" / "Issue 5 · May 2025 →": the issues either side, across volumes. */
function OtherIssues({ previous, next }: { previous: IssuePlace | null; next: IssuePlace | null }) {
  if (!previous && !next) return null;
  const name = (issue: IssuePlace) => `Volume ${issue.volume}, Issue ${issue.number} · ${formatCoverDate(issue.coverDate)}`;
  return (
    <nav aria-label="Other issues" className="issue-neighbours">
      {previous ? (
        <Link href={sitePaths.issue(previous.volume, previous.number)} rel="prev">
          <span className="label">Previous issue</span> {name(previous)}
        </Link>
      ) : null}
      {next ? (
        <Link href={sitePaths.issue(next.volume, next.number)} rel="next" className="issue-next">
          <span className="label">Next issue</span> {name(next)}
        </Link>
      ) : null}
    </nav>
  );
}

export default async function IssuePage({ params }: { params: Params }) {
  const issue = await load(params);
  if (!issue) notFound();
  const neighbours = issueNeighbours(await listVolumes(), issue.volume.number, issue.number);
  return (
    <article className="issue-page">
      <JsonLd data={issueJsonLd(SITE, issue)} />
      <Breadcrumb
        trail={[
          { label: 'Archive', href: sitePaths.volumes },
          { label: `Volume ${issue.volume.number}`, href: sitePaths.volume(issue.volume.number) },
          { label: `Issue ${issue.number}` },
        ]}
      />
      <header className="issue-header">
        <p className="eyebrow">{issueLine(issue)}</p>
        <h1>{issue.title ?? `Issue ${issue.number}`}</h1>
      </header>
      <div className="issue-layout">
        <div className="issue-cover">
          {issue.cover ? <Figure figure={issue.cover} sizes="(min-width: 960px) 30vw, 100vw" priority /> : null}
        </div>
        <div>
          {issue.editorsNote ? (
            <section className="editors-note" aria-label="From the editor">
              <h2 className="label">From the editor</h2>
              <Blocks blocks={issue.editorsNote} />
            </section>
          ) : null}
          <section aria-labelledby="contents" className="toc">
            <h2 id="contents" className="section-title">
              Contents
            </h2>
            <TableOfContents articles={issue.articles} />
          </section>
        </div>
      </div>
      <OtherIssues {...neighbours} />
    </article>
  );
}
