import { Tooltip, Typography } from '@strapi/design-system';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleListDetails } from '../list-details';
import { articleListDetailsOf } from './details-loader';

/** A column of the Content Manager's list view, as its `inject-column-in-table` hook passes them around. */
interface ListHeader {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute: { type: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?(row: Record<string, unknown>): ReactNode;
}

type Row = { documentId: string; updatedAt?: string | null; title?: string | null; issue?: { label?: unknown } | null };

/** Loads again only when the row's document or its last edit changes (the row object is new on every render). */
function useDetails(row: Row): ArticleListDetails | null | 'failed' {
  const [details, setDetails] = useState<ArticleListDetails | null | 'failed'>(null);
  useEffect(() => {
    let current = true;
    articleListDetailsOf(row).then(
      (loaded) => current && setDetails(loaded),
      () => current && setDetails('failed'),
    );
    return () => {
      current = false;
    };
  }, [row.documentId, row.updatedAt]);
  return details;
}

function DetailsCell({ row, render }: { row: Row; render(details: ArticleListDetails): ReactNode }) {
  const details = useDetails(row);
  if (details === 'failed') return <Typography textColor="danger600">Could not load</Typography>;
  if (!details) return <Typography textColor="neutral500">…</Typography>;
  return <>{render(details)}</>;
}

const wrapping = { whiteSpace: 'normal', display: 'block' } as const;

/** "Opinion · Priya Raman, Sam Achterberg": what Strapi's byline column showed as "2 items". */
const sectionAndByline = (details: ArticleListDetails) => (
  <Typography variant="pi" textColor="neutral600" style={wrapping}>
    {[details.section, details.byline.length ? details.byline.join(', ') : 'No byline yet'].filter(Boolean).join(' · ')}
  </Typography>
);

/** The headline (a real link, two lines at most) over its section and byline. */
function HeadlineCell({ row }: { row: Row }) {
  return (
    <span style={{ display: 'flex', flexDirection: 'column', gap: '0.2rem', width: '22rem' }}>
      <Typography
        tag={Link}
        to={{ pathname: row.documentId }}
        onClick={(event: { stopPropagation(): void }) => event.stopPropagation()}
        fontWeight="semiBold"
        textColor="neutral800"
        style={{ ...wrapping, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}
      >
        {row.title || 'Untitled'}
      </Typography>
      <DetailsCell row={row} render={sectionAndByline} />
    </span>
  );
}

/** "Volume 19, Issue 4" over "March 2025": the house-style name in two short lines rather than one wide one. */
function IssueCell({ issue }: { issue: Row['issue'] }) {
  const label = issue?.label;
  if (typeof label !== 'string') return <Typography textColor="neutral800">—</Typography>;
  const [name, cover] = label.split(' · ');
  return (
    <span style={{ display: 'flex', flexDirection: 'column' }}>
      <Typography textColor="neutral800">{name}</Typography>
      {cover ? (
        <Typography variant="pi" textColor="neutral600">
          {cover}
        </Typography>
      ) : null}
    </span>
  );
}

const position = (details: ArticleListDetails) => <Typography textColor="neutral800">{details.position ?? '—'}</Typography>;

const readiness = ({ toDo }: ArticleListDetails) =>
  toDo.length === 0 ? (
    <Typography textColor="success600">✓ Ready</Typography>
  ) : (
    <Tooltip label={`To do: ${toDo.join('; ')}`}>
      <Typography textColor="danger600">✗ {toDo.length} to do</Typography>
    </Tooltip>
  );

const timeToday = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const dayThisYear = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const dayWithYear = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** "2:05 PM" today, "Dec 7" this year, "Dec 7, 2025" before; the full time on hover. */
function ShortDate({ value }: { value: unknown }) {
  if (typeof value !== 'string') return <Typography textColor="neutral800">—</Typography>;
  const date = new Date(value);
  const now = new Date();
  const format =
    date.toDateString() === now.toDateString() ? timeToday : date.getFullYear() === now.getFullYear() ? dayThisYear : dayWithYear;
  return (
    <Tooltip label={date.toLocaleString()}>
      <Typography textColor="neutral800">{format.format(date)}</Typography>
    </Tooltip>
  );
}

const ARTICLE_LIST_PATH = '/content-manager/collection-types/api::article.article';

/**
 * The article list as an editor reads it, fitting a 1366 px screen with its status column: the headline over its
 * section and byline as names (Strapi's byline column said "2 items"), the issue in two short lines, the place in
 * the issue, whether the article is ready to publish (the publish check's own rules, src/publishing) and short dates.
 */
export function articleListColumns({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) {
  if (!window.location.pathname.includes(ARTICLE_LIST_PATH)) return { displayedHeaders, layout };
  const row = (value: Record<string, unknown>) => value as unknown as Row;
  const columns = displayedHeaders.map((header): ListHeader => {
    if (header.name === 'title') return { ...header, cellFormatter: (value) => <HeadlineCell row={row(value)} /> };
    if (header.name === 'issue') return { ...header, cellFormatter: (value) => <IssueCell issue={row(value).issue} /> };
    if (header.attribute.type === 'datetime') return { ...header, cellFormatter: (value) => <ShortDate value={value[header.name]} /> };
    return header;
  });
  const issueColumn = columns.findIndex((header) => header.name === 'issue');
  columns.splice(issueColumn === -1 ? columns.length : issueColumn + 1, 0, {
    name: 'position',
    label: { id: 'masthead.article-list.position', defaultMessage: 'Place' },
    attribute: { type: 'integer' },
    searchable: false,
    sortable: true,
    cellFormatter: (value) => <DetailsCell row={row(value)} render={position} />,
  });
  columns.push({
    name: 'readiness',
    label: { id: 'masthead.article-list.readiness', defaultMessage: 'Checklist' },
    attribute: { type: 'custom' },
    searchable: false,
    sortable: false,
    cellFormatter: (value) => <DetailsCell row={row(value)} render={readiness} />,
  });
  return { displayedHeaders: columns, layout };
}
