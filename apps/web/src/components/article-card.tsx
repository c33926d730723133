import type { Figure as FigureValue } from '@masthead/client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { sitePaths } from '@masthead/client/site-paths';
import { readingTimeLabel } from '@/lib/format';
import { Byline } from './byline';
import { Figure } from './figure';

export interface CardArticle {
  slug: string;
  title: string;
  dek: string;
  readingTimeMinutes: number | null;
  authors: Array<{ name: string; slug: string; role: string | null }>;
  section: { name: string; slug: string } | null;
  cover: FigureValue | null;
}

/** An article in a list: kicker, headline, dek, byline; the headline is the link. */
export function ArticleCard({
  article,
  withImage = false,
  showSection = true,
  headingLevel = 3,
  note,
}: {
  article: CardArticle;
  /** What this list says about the article in particular (on a source's page, the pages of it cited). */
  note?: ReactNode;
  withImage?: boolean;
  /** Off where the section is already the group's heading (tables of contents). */
  showSection?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  const readingTime = readingTimeLabel(article.readingTimeMinutes);
  return (
    <article className="card">
      {withImage && article.cover ? (
        <Figure figure={article.cover} sizes="(min-width: 960px) 30vw, 100vw" showCaption={false} className="card-image" />
      ) : null}
      {showSection && article.section ? (
        <Link className="kicker" href={sitePaths.section(article.section.slug)}>
          {article.section.name}
        </Link>
      ) : null}
      <Heading className="card-title">
        <Link href={sitePaths.article(article.slug)}>{article.title}</Link>
      </Heading>
      <p className="dek">{article.dek}</p>
      <p className="meta">
        <Byline authors={article.authors} />
        {readingTime ? <span className="meta-sep"> · {readingTime}</span> : null}
      </p>
      {note}
    </article>
  );
}
