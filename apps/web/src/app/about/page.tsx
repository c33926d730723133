import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { sitePaths } from '@masthead/client/site-paths';
import { Blocks } from '@/components/blocks';
import { ParentOrganization } from '@/components/parent-organization';
import { env } from '@/env';
import { getPublication } from '@/lib/cms';
import { blocksSummary } from '@/lib/format';

export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  const { about } = await getPublication();
  return {
    title: `About ${env.PUBLICATION_NAME}`,
    description: about ? blocksSummary(about) : undefined,
    alternates: { canonical: sitePaths.about },
  };
}

/** The publication in its editors' words, and how to reach them: the settings editors keep in the CMS. */
export default async function AboutPage() {
  const publication = await getPublication();
  if (!publication.about) notFound();
  return (
    <article className="article about-page">
      <header className="article-header">
        <p className="eyebrow">About</p>
        <h1>{env.PUBLICATION_NAME}</h1>
      </header>
      <div className="article-body">
        <Blocks blocks={publication.about} />
      </div>
      {publication.contactEmail || publication.parentOrganization ? (
        <section className="sources" aria-labelledby="contact-title">
          <h2 id="contact-title" className="label">
            Contact
          </h2>
          {publication.contactEmail ? (
            <p>
              Write to the editors at <a href={`mailto:${publication.contactEmail}`}>{publication.contactEmail}</a>.
            </p>
          ) : null}
          {publication.parentOrganization ? (
            <p>
              {`${env.PUBLICATION_NAME} is published by `}
              <ParentOrganization publication={publication} />.
            </p>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
