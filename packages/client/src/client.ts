import { z } from 'zod';
import { getJson, type CallOptions, type HttpOptions, type RequestInitExtras } from './http';
import type { QueryValue } from './query';
import { articleListItemSchema, articleSchema, type Article, type ArticleListItem } from './schemas/article';
import { authorSchema, type Author } from './schemas/author';
import { collectionSchema, type Page } from './schemas/envelope';
import { issueSchema, type Issue } from './schemas/issue';
import { redirectSchema } from './schemas/redirect';
import { searchResponseSchema, type SearchPage } from './schemas/search';
import type { Image } from './schemas/media';
import { publicationSchema, type Publication } from './schemas/publication';
import { sectionSchema, type Section } from './schemas/section';
import { sourceSchema, type Source } from './schemas/source';
import { tagSchema, type Tag } from './schemas/tag';
import { volumeSchema, type Volume } from './schemas/volume';

export interface ClientOptions {
  /** Where the CMS answers, e.g. `https://cms.example.org` (no trailing `/api`). */
  baseUrl: string;
  /** An API token, for reading drafts in preview; readers need none. */
  token?: string;
  /** A `fetch` implementation; defaults to the global one (Node 20, browsers, Next.js). */
  fetch?: typeof fetch;
  /** Abort a request after this long; default 5000 ms. */
  timeoutMs?: number;
  /** Extra attempts for GETs that failed on the network or with a 5xx; default 2. Timeouts are not retried. */
  retries?: number;
  /** Options added to every request, e.g. `{ next: { revalidate: 60 } }` in Next.js or `{ cache: 'no-store' }`. */
  requestInit?: RequestInitExtras;
  /**
   * `draft` reads the latest drafts instead of what is published: for a website's preview of unpublished edits.
   * Needs a `token` the CMS lets read drafts (public requests are always served published content).
   */
  status?: 'published' | 'draft';
  /** @internal Waits between retries; replaced in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export type ArticleSort = 'newest' | 'oldest' | 'title' | 'issue-order';

export interface ListArticlesOptions extends CallOptions {
  page?: number;
  /** 1–100; default 20. */
  pageSize?: number;
  /** Section slug. */
  section?: string;
  /** Tag slug. */
  tag?: string;
  /** Author slug. */
  author?: string;
  /** Source slug: articles citing that outlet. */
  source?: string;
  /** Articles of one issue. */
  issue?: { volume: number; number: number };
  /** Default `newest` (first published, newest first). */
  sort?: ArticleSort;
}

export interface SearchOptions extends CallOptions {
  /**
   * Words to find in the title, dek, body, byline, section or tags, each by its stem ("voted" finds "voting"), case
   * and accents aside: `"quoted phrases"` match whole, `or` offers alternatives, `-word` leaves out. 1–200 characters.
   */
  query: string;
  /** Section slug. */
  section?: string;
  /** Author slug. */
  author?: string;
  /** Volume number. */
  volume?: number;
  /** The year (UTC) of first publication. */
  year?: number;
  page?: number;
  /** 1–50; default 10. */
  pageSize?: number;
  /** `relevance` (the default): the full-text rank, lifted a little for recent articles; `newest`: by date alone. */
  sort?: SearchSort;
}

export type SearchSort = 'relevance' | 'newest';

export interface PageOptions extends CallOptions {
  page?: number;
  pageSize?: number;
}

const SORTS: Record<ArticleSort, string[]> = {
  newest: ['firstPublishedAt:desc', 'title:asc'],
  oldest: ['firstPublishedAt:asc', 'title:asc'],
  title: ['title:asc'],
  'issue-order': ['position:asc', 'title:asc'],
};

/** Every scalar article field but the body; relations come from the CMS's populate policy. */
const LIST_FIELDS = ['title', 'slug', 'dek', 'position', 'readingTimeMinutes', 'firstPublishedAt', 'publishedAt', 'updatedAt'];
const MAX_PAGE_SIZE = 100;

const articleList = collectionSchema(articleListItemSchema);
const volumes = collectionSchema(volumeSchema);
const authors = collectionSchema(authorSchema);
const sources = collectionSchema(sourceSchema);
const sections = collectionSchema(sectionSchema);
const tags = collectionSchema(tagSchema);

export type MastheadClient = ReturnType<typeof createClient>;

/**
 * A draft that was never published has no `publishedAt`; a preview shows it as if it went live at its last edit,
 * so drafts satisfy the same schemas (and pages) as published documents.
 */
function asIfPublished<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((response) => {
    if (typeof response === 'object' && response !== null && 'data' in response && Array.isArray(response.data)) {
      for (const item of response.data) {
        if (typeof item === 'object' && item !== null && 'publishedAt' in item && item.publishedAt === null && 'updatedAt' in item) {
          item.publishedAt = item.updatedAt;
        }
      }
    }
    return response;
  }, schema);
}

/**
 * Creates a client for one Masthead CMS. Every function GETs the public REST API, validates the response with the
 * exported zod schemas and returns plain objects: camelCase fields, dates as ISO 8601 strings, documents identified
 * by `documentId`, image URLs as the CMS serves them (see `mediaUrl`).
 *
 * Not found is never an error: `get*` functions resolve `null` when the document does not exist or is not published.
 * Errors are thrown as `CmsError` subclasses: `CmsHttpError` (with `status`, `url`, `body`), `CmsNotFoundError` (the
 * CMS answered 404 for the route itself: a wrong `baseUrl`), `CmsResponseValidationError`, `CmsTimeoutError`,
 * `CmsNetworkError`.
 *
 * @example
 * const cms = createClient({ baseUrl: 'http://localhost:1337' });
 * const issue = await cms.getLatestIssue();
 */
export function createClient(options: ClientOptions) {
  const http: HttpOptions = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    // Looked up on every call, never captured: Next.js replaces globalThis.fetch with its caching fetch after some
    // modules are loaded (pages prerendered by `next build` among them), and a fetch captured before that tags nothing,
    // so revalidateTag never reached the home page or the feeds.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 5000,
    retries: options.retries ?? 2,
    requestInit: options.requestInit,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };

  const get = <Schema extends z.ZodType>(path: string, query: Record<string, QueryValue>, schema: Schema, call?: CallOptions) =>
    getJson(http, `/api/${path}`, { ...query, status: options.status }, options.status === 'draft' ? asIfPublished(schema) : schema, call);

  /** The first match of a lookup, or `null`. Only one is wanted, so the CMS is spared its count query. */
  const first = async <Item extends z.ZodType>(
    path: string,
    query: Record<string, QueryValue>,
    item: Item,
    call?: CallOptions,
  ): Promise<z.infer<Item> | null> => {
    const pagination = { pageSize: 1, withCount: false };
    const response = await get(path, { ...query, pagination }, z.object({ data: z.array(item) }), call);
    return response.data[0] ?? null;
  };

  const toPage = <Item>(response: { data: Item[]; meta: { pagination: Page<Item>['pagination'] } }): Page<Item> => ({
    items: response.data,
    pagination: response.meta.pagination,
  });

  /** Reads every page of a list endpoint (100 at a time) and returns all items. */
  const all = async <Item>(
    path: string,
    query: Record<string, QueryValue>,
    schema: z.ZodType<{ data: Item[]; meta: { pagination: Page<Item>['pagination'] } }>,
    call?: CallOptions,
  ): Promise<Item[]> => {
    const items: Item[] = [];
    for (let page = 1; ; page += 1) {
      const response = await get(path, { ...query, pagination: { page, pageSize: MAX_PAGE_SIZE } }, schema, call);
      items.push(...response.data);
      if (page >= response.meta.pagination.pageCount) return items;
    }
  };

  const articleQuery = (filter: ListArticlesOptions) => ({
    filters: {
      section: filter.section === undefined ? undefined : { slug: { $eq: filter.section } },
      tags: filter.tag === undefined ? undefined : { slug: { $eq: filter.tag } },
      authors: filter.author === undefined ? undefined : { slug: { $eq: filter.author } },
      citations: filter.source === undefined ? undefined : { source: { slug: { $eq: filter.source } } },
      issue:
        filter.issue === undefined ? undefined : { number: { $eq: filter.issue.number }, volume: { number: { $eq: filter.issue.volume } } },
    },
    fields: LIST_FIELDS,
    sort: SORTS[filter.sort ?? 'newest'],
  });

  const client = {
    /**
     * Every volume, newest first, each with its published issues (oldest first).
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const archive = await cms.listVolumes();
     */
    listVolumes(call?: CallOptions): Promise<Volume[]> {
      return all('volumes', { sort: ['number:desc'] }, volumes, call);
    },

    /**
     * One volume by its number, or `null`.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const volume19 = await cms.getVolume(19);
     */
    getVolume(number: number, call?: CallOptions): Promise<Volume | null> {
      return first('volumes', { filters: { number: { $eq: number } } }, volumeSchema, call);
    },

    /**
     * The published issue with the latest cover date (the "current issue"), or `null` before the first one.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const current = await cms.getLatestIssue();
     */
    getLatestIssue(call?: CallOptions): Promise<Issue | null> {
      return first('issues', { sort: ['coverDate:desc', 'number:desc'] }, issueSchema, call);
    },

    /**
     * An issue by volume and issue number, with its table of contents in editor order, or `null`.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const issue = await cms.getIssue(19, 4);
     */
    getIssue(volume: number, number: number, call?: CallOptions): Promise<Issue | null> {
      const filters = { number: { $eq: number }, volume: { number: { $eq: volume } } };
      return first('issues', { filters }, issueSchema, call);
    },

    /**
     * One page of published articles (without bodies), filtered and sorted.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const { items, pagination } = await cms.listArticles({ section: 'opinion', page: 2 });
     */
    async listArticles(filter: ListArticlesOptions = {}): Promise<Page<ArticleListItem>> {
      const pagination = { page: filter.page ?? 1, pageSize: Math.min(filter.pageSize ?? 20, MAX_PAGE_SIZE) };
      return toPage(await get('articles', { ...articleQuery(filter), pagination }, articleList, filter));
    },

    /**
     * Every matching article, page after page, as an async iterator.
     * @throws {CmsError} when a page cannot be read
     * @example for await (const article of cms.iterateArticles({ author: 'jane-doe' })) console.log(article.title);
     */
    async *iterateArticles(filter: Omit<ListArticlesOptions, 'page'> = {}): AsyncGenerator<ArticleListItem> {
      for (let page = 1; ; page += 1) {
        const result = await client.listArticles({ ...filter, page, pageSize: filter.pageSize ?? MAX_PAGE_SIZE });
        yield* result.items;
        if (page >= result.pagination.pageCount) return;
      }
    },

    /**
     * One page of published articles matching a search, most relevant first (or newest first), with facets. The query
     * reads like a web search: words, "quoted phrases", `or`, `-excluded`. A query with no word to find is rejected
     * by the CMS (`CmsHttpError`, 400).
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const { items, pagination } = await cms.searchArticles({ query: 'night buses', section: 'campus' });
     */
    async searchArticles(search: SearchOptions): Promise<SearchPage> {
      const query = {
        q: search.query,
        section: search.section,
        author: search.author,
        volume: search.volume,
        year: search.year,
        page: search.page ?? 1,
        pageSize: search.pageSize ?? 10,
        // Left out when it is the default, so the two spellings of one search share one cached answer.
        sort: search.sort === 'newest' ? 'newest' : undefined,
      };
      const response = await get('search', query, searchResponseSchema, search);
      const { terms, facets, suggestion } = response.meta;
      return { ...toPage(response), terms, facets, suggestion };
    },

    /**
     * A published article by slug, with its body, byline, issue, section, tags, cover and sources, or `null`.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const article = await cms.getArticle('night-buses-return');
     */
    getArticle(slug: string, call?: CallOptions): Promise<Article | null> {
      return first('articles', { filters: { slug: { $eq: slug } } }, articleSchema, call);
    },

    /**
     * Every author, by name.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const staff = await cms.listAuthors();
     */
    listAuthors(call?: CallOptions): Promise<Author[]> {
      return all('authors', { sort: ['name:asc'] }, authors, call);
    },

    /**
     * An author by slug with a page of their articles (newest first), or `null`.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const author = await cms.getAuthor('jane-doe', { pageSize: 10 });
     */
    async getAuthor(slug: string, page: PageOptions = {}): Promise<(Author & { articles: Page<ArticleListItem> }) | null> {
      const author = await first('authors', { filters: { slug: { $eq: slug } } }, authorSchema, page);
      return author && { ...author, articles: await client.listArticles({ ...page, author: slug }) };
    },

    /**
     * Every cited outlet, by name.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const outlets = await cms.listSources();
     */
    listSources(call?: CallOptions): Promise<Source[]> {
      return all('sources', { sort: ['name:asc'] }, sources, call);
    },

    /**
     * An outlet by slug with a page of the articles that cite it (newest first), or `null`.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const bbc = await cms.getSource('bbc');
     */
    async getSource(slug: string, page: PageOptions = {}): Promise<(Source & { articles: Page<ArticleListItem> }) | null> {
      const source = await first('sources', { filters: { slug: { $eq: slug } } }, sourceSchema, page);
      return source && { ...source, articles: await client.listArticles({ ...page, source: slug }) };
    },

    /**
     * Every section in navigation order.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const nav = await cms.listSections();
     */
    listSections(call?: CallOptions): Promise<Section[]> {
      return all('sections', { sort: ['position:asc', 'name:asc'] }, sections, call);
    },

    /**
     * Every tag, by name.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const topics = await cms.listTags();
     */
    listTags(call?: CallOptions): Promise<Tag[]> {
      return all('tags', { sort: ['name:asc'] }, tags, call);
    },

    /**
     * Where a site path moved for good (an article whose slug changed), or `null`.
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const to = await cms.getRedirect('/articles/night-buses'); // '/articles/night-buses-return'
     */
    async getRedirect(path: string, call?: CallOptions): Promise<string | null> {
      return (await first('redirects', { filters: { from: { $eq: path } } }, redirectSchema, call))?.to ?? null;
    },

    /**
     * The publication's settings: about text, contact address, parent organisation, icon (each `null` until set).
     * @throws {CmsError} when the CMS cannot be read or answers unexpectedly
     * @example const { contactEmail } = await cms.getPublication();
     */
    async getPublication(call?: CallOptions): Promise<Publication> {
      return (await get('publication', {}, z.object({ data: publicationSchema }), call)).data;
    },

    /**
     * The absolute URL of an image (or any CMS path): local uploads are served as `/uploads/…` paths.
     * @example <img src={cms.mediaUrl(article.cover.image)} alt={article.cover.alt} />
     */
    mediaUrl(media: Pick<Image, 'url'> | string): string {
      return new URL(typeof media === 'string' ? media : media.url, `${http.baseUrl}/`).toString();
    },
  };
  return client;
}
