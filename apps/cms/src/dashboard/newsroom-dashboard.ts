import type { Core } from '@strapi/strapi';
import { issueDesk, type IssueDesk } from '../issue-desk/issue-desk';
import { UID } from '../uids';

/** How many items each list of the dashboard shows: a glance, with the full lists one click away. */
const LIST_LENGTH = 6;

export interface DashboardArticle {
  documentId: string;
  title: string;
  /** ISO time: last edited (my drafts) or when it goes live (scheduled). */
  at: string | null;
}

export interface ScheduledItem {
  kind: 'article' | 'issue';
  documentId: string;
  title: string;
  at: string;
}

export interface NewsroomDashboard {
  /** Articles not yet live that the signed-in editor wrote or last edited, newest first. */
  myDrafts: DashboardArticle[];
  /** What the scheduler will publish or release next, soonest first. */
  scheduled: ScheduledItem[];
  /** The issue being made (the newest not yet live, else the newest), with its table of contents' readiness. */
  currentIssue: CurrentIssue | null;
  /** Drafts still missing a summary or their cover's alt text or credit, most recently edited first. */
  missingSummaryAltOrCredit: DashboardArticle[];
}

export interface CurrentIssue extends Pick<IssueDesk, 'documentId' | 'label' | 'live'> {
  /** Articles filed in it, those already live, and those ticked to go out with its release. */
  articles: number;
  liveArticles: number;
  goingOut: number;
  /** Titles of the articles not live yet that could not be published as they stand. */
  notReady: string[];
}

type Row = Record<string, unknown> & { documentId: string };

/** What an editor needs at a glance when they open the admin: each list one bounded, indexed query. */
export async function newsroomDashboard(strapi: Core.Strapi, userId: number): Promise<NewsroomDashboard> {
  const [mine, publishing, releasing, current, incomplete] = await Promise.all([
    strapi.db.query(UID.article).findMany({
      where: { publishedAt: null, firstPublishedAt: null, $or: [{ createdBy: { id: userId } }, { updatedBy: { id: userId } }] },
      select: ['documentId', 'title', 'updatedAt'],
      orderBy: { updatedAt: 'desc' },
      limit: LIST_LENGTH,
    }) as Promise<Row[]>,
    dueSoonest(strapi, UID.article, 'title', 'publishAt'),
    dueSoonest(strapi, UID.issue, 'label', 'releaseAt'),
    currentIssueId(strapi),
    strapi.db.query(UID.article).findMany({
      where: {
        publishedAt: null,
        $or: [
          { dek: { $null: true } },
          { dek: '' },
          { cover: { id: { $notNull: true }, alt: { $null: true } } },
          { cover: { alt: '' } },
          { cover: { id: { $notNull: true }, credit: { $null: true } } },
          { cover: { credit: '' } },
        ],
      },
      select: ['documentId', 'title', 'updatedAt'],
      orderBy: { updatedAt: 'desc' },
      limit: LIST_LENGTH,
    }) as Promise<Row[]>,
  ]);

  const scheduled: ScheduledItem[] = [
    ...publishing.map((item) => ({ kind: 'article' as const, ...item })),
    ...releasing.map((item) => ({ kind: 'issue' as const, ...item })),
  ]
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(0, LIST_LENGTH);

  let currentIssue: NewsroomDashboard['currentIssue'] = null;
  if (current) {
    const desk = await issueDesk(strapi, current);
    const waiting = desk.articles.filter((article) => !article.live);
    currentIssue = {
      documentId: desk.documentId,
      label: desk.label,
      live: desk.live,
      articles: desk.articles.length,
      liveArticles: desk.articles.length - waiting.length,
      goingOut: waiting.filter((article) => article.releaseWithIssue).length,
      notReady: waiting.filter((article) => article.toDo.length > 0).map((article) => article.title),
    };
  }

  const listed = (rows: Row[]) => rows.map((row) => ({ documentId: row.documentId, title: String(row.title), at: iso(row.updatedAt) }));
  return { myDrafts: listed(mine), scheduled, currentIssue, missingSummaryAltOrCredit: listed(incomplete) };
}

/** The drafts of `uid` whose schedule `timeField` is set, soonest first. */
async function dueSoonest(
  strapi: Core.Strapi,
  uid: typeof UID.article | typeof UID.issue,
  titleField: string,
  timeField: string,
): Promise<Array<Omit<ScheduledItem, 'kind'>>> {
  const rows = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, [timeField]: { $notNull: true } },
    select: ['documentId', titleField, timeField],
    orderBy: { [timeField]: 'asc' },
    limit: LIST_LENGTH,
  })) as Row[];
  return rows.map((row) => ({ documentId: row.documentId, title: String(row[titleField]), at: iso(row[timeField])! }));
}

/** The issue being made: the newest by cover date that is not live yet, or else the newest live one. */
async function currentIssueId(strapi: Core.Strapi): Promise<string | null> {
  const newest = (where: object) =>
    strapi.db
      .query(UID.issue)
      .findOne({ where, select: ['documentId'], orderBy: [{ coverDate: 'desc' }, { id: 'desc' }] }) as Promise<Row | null>;
  const live = (await strapi.db.query(UID.issue).findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })) as Row[];
  const unreleased = await newest({ publishedAt: null, documentId: { $notIn: live.map((row) => row.documentId) } });
  return (unreleased ?? (await newest({ publishedAt: null })))?.documentId ?? null;
}

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);
