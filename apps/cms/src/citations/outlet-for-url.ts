import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../uids';
import { bareHost, candidateHosts, readPastedUrl, suggestedOutletName } from './outlet-domains';

export interface Outlet {
  id: number;
  documentId: string;
  name: string;
}

/** What the Sources panel learns from a pasted address. */
export interface OutletMatch {
  url: string;
  host: string;
  /** The known outlet that published it, or null when it is new to the publication. */
  outlet: Outlet | null;
  /** A name to offer when the outlet is new. */
  suggestedName: string;
}

type SourceRow = Outlet & { homepageUrl: string | null };

function pastedUrl(text: unknown): { url: string; host: string } {
  const pasted = readPastedUrl(typeof text === 'string' ? text : '');
  if (!pasted.ok) throw new errors.ValidationError(pasted.reason);
  return pasted;
}

/**
 * The outlet of a pasted page, found from its domain: the outlet whose homepage is on the page's host or the
 * nearest parent domain (news.bbc.co.uk → BBC at bbc.co.uk), else the outlet an earlier citation of a page on the
 * same host named. Never fetches the page.
 */
export async function outletForUrl(strapi: Core.Strapi, text: unknown): Promise<OutletMatch> {
  const { url, host } = pastedUrl(text);
  const hosts = candidateHosts(host);
  const sources = (await strapi.db.query(UID.source).findMany({
    where: {
      $or: hosts.flatMap((candidate) => [`//${candidate}`, `.${candidate}`].map((part) => ({ homepageUrl: { $containsi: part } }))),
    },
    select: ['id', 'documentId', 'name', 'homepageUrl'],
    limit: 50,
  })) as SourceRow[];
  const rank = (source: SourceRow) => {
    if (!source.homepageUrl) return -1;
    try {
      return hosts.indexOf(bareHost(new URL(source.homepageUrl).hostname));
    } catch {
      return -1;
    }
  };
  const byHomepage = sources.filter((source) => rank(source) >= 0).sort((a, b) => rank(a) - rank(b))[0];
  const outlet = byHomepage ?? (await outletCitedBefore(strapi, host));
  return {
    url,
    host,
    outlet: outlet ? { id: outlet.id, documentId: outlet.documentId, name: outlet.name } : null,
    suggestedName: suggestedOutletName(host),
  };
}

/** The outlet named by the latest citation of a page on `host` (for outlets saved without a homepage). */
async function outletCitedBefore(strapi: Core.Strapi, host: string): Promise<Outlet | null> {
  const citation = (await strapi.db.query('article.citation' as never).findOne({
    where: { $or: [{ url: { $containsi: `//${host}/` } }, { url: { $containsi: `//www.${host}/` } }], source: { id: { $notNull: true } } },
    orderBy: { id: 'desc' },
    populate: { source: { select: ['id', 'documentId', 'name'] } },
  })) as { source: Outlet | null } | null;
  return citation?.source ?? null;
}

/**
 * Adds an outlet for a pasted page, named by the editor, with the page's site as its homepage. An outlet of that
 * name (in any case) is returned as it is: two outlets must not share a name.
 */
export async function addOutletForUrl(strapi: Core.Strapi, body: unknown): Promise<Outlet> {
  const { name, url } = (body ?? {}) as { name?: unknown; url?: unknown };
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0 || trimmed.length > 120) throw new errors.ValidationError('Name the outlet (at most 120 characters).');
  const page = new URL(pastedUrl(url).url);
  const existing = (await strapi.db
    .query(UID.source)
    .findOne({ where: { name: { $eqi: trimmed } }, select: ['id', 'documentId', 'name'] })) as Outlet | null;
  if (existing) return existing;
  const created = await strapi
    .documents(UID.source)
    .create({ data: { name: trimmed, homepageUrl: `${page.protocol}//${page.hostname}/` } as never });
  return { id: created.id as number, documentId: created.documentId, name: created.name as string };
}
