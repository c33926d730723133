import type { Figure as FigureValue } from '@masthead/client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { sitePaths } from '@masthead/client/site-paths';
import { formatShortDay, namesList, readingTimeLabel, shortIssueName } from '@/lib/format';
import { Figure } from './figure';

export interface CardArticle {
  slug: string;
  title: string;
  dek: string;
  readingTimeMinutes: number | null;
  firstPublishedAt: string | null;
  authors: Array<{ name: string; slug: string; role: string | null }>;
  section: { name: string; slug: string } | null;
  cover: FigureValue | null;
  /** Where the story ran; left out where the list is one issue's own (its table of contents). */
  issue?: { number: number; volume: { number: number } | null } | null;
}

/**
 * How much room a card takes: `lead` is a front's top story (its photo large), `thumbnail` a story with a small
 * photo beside it (which a grid may set on top, wider: see `imageSizes`), `text` a line of a table of contents.
 */
export type CardLayout = 'lead' | 'thumbnail' | 'text';

const IMAGE_SIZES: Record<Exclude<CardLayout, 'text'>, string> = {
  lead: '(min-width: 960px) 44rem, 100vw',
  thumbnail: '8rem',
};

/**
 * An article in a list: kicker, headline, dek, then who, when and where ("By Ada Quill · Jan. 3, 2025 · Vol. 19,
 * No. 3"). The headline is the one link to the story; the byline is plain text, as a paper prints it — the author
 * pages are a click away on the story itself.
 */
export function ArticleCard({
  article,
  layout = 'text',
  showSection = true,
  headingLevel = 3,
  priority = false,
  imageSizes,
  note,
}: {
  article: CardArticle;
  layout?: CardLayout;
  /** Off where the section is already the page's or the group's heading. */
  showSection?: boolean;
  headingLevel?: 2 | 3;
  /** The lead photo of a front page is the first screen's image: loaded at once. */
  priority?: boolean;
  /** The photo's `sizes`, where a list shows the layout's photo at another width (a thumbnail on top of a wide card). */
  imageSizes?: string;
  /** What this list says about the article in particular (on a source's page, the pages of it cited). */
  note?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as 'h3';
  const cover = layout !== 'text' ? article.cover : null;
  return (
    <article className={`card card-${layout}${cover ? ' card-with-image' : ''}`}>
      {cover ? (
        <Figure
          figure={cover}
          sizes={imageSizes ?? IMAGE_SIZES[layout as Exclude<CardLayout, 'text'>]}
          showCaption={false}
          className="card-image"
          priority={priority}
        />
      ) : null}
      <div className="card-text">
        {showSection && article.section ? (
          <Link className="kicker" href={sitePaths.section(article.section.slug)}>
            {article.section.name}
          </Link>
        ) : null}
        <Heading className="card-title">
          <Link href={sitePaths.article(article.slug)}>{article.title}</Link>
        </Heading>
        {article.dek ? <p className="dek">{article.dek}</p> : null}
        <StoryMeta article={article} />
        {note}
      </div>
    </article>
  );
}

/**
 * "By Ada Quill and Ben Ortiz · Jan. 3, 2025 · Vol. 19, No. 3 · 4 min read": a story's who, when and where wherever
 * it is listed (cards, search results); each part but the byline keeps to one line.
 */
export function StoryMeta({ article }: { article: Pick<CardArticle, 'authors' | 'firstPublishedAt' | 'issue' | 'readingTimeMinutes'> }) {
  const names = namesList(article.authors.map((author) => author.name));
  const readingTime = readingTimeLabel(article.readingTimeMinutes);
  const parts: ReactNode[] = [];
  if (names) parts.push(<span key="by">By {names}</span>);
  if (article.firstPublishedAt) {
    parts.push(
      <time key="when" dateTime={article.firstPublishedAt}>
        {formatShortDay(article.firstPublishedAt)}
      </time>,
    );
  }
  if (article.issue) parts.push(<span key="where">{shortIssueName(article.issue)}</span>);
  if (readingTime) parts.push(<span key="time">{readingTime}</span>);
  if (parts.length === 0) return null;
  return <p className="meta card-meta">{parts.flatMap((part, index) => (index === 0 ? [part] : [' · ', part]))}</p>;
}
