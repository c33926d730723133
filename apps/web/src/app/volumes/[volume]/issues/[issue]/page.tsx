import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { sitePaths } from '@masthead/client/site-paths';
import { Blocks } from '@/components/blocks';
import { Figure } from '@/components/figure';
import { JsonLd } from '@/components/json-ld';
import { TableOfContents } from '@/components/table-of-contents';
import { getIssue } from '@/lib/cms';
import { issueLine } from '@/lib/format';
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
  return { title, alternates: { canonical: sitePaths.issue(issue.volume.number, issue.number) }, openGraph: { title } };
}, {});

export default async function IssuePage({ params }: { params: Params }) {
  const issue = await load(params);
  if (!issue) notFound();
  return (
    <article className="issue-page">
      <JsonLd data={issueJsonLd(SITE, issue)} />
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
    </article>
  );
}
