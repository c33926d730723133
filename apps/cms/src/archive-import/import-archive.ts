import type { Core, UID } from '@strapi/strapi';
import type { BlockNode } from '../content/blocks';
import { decodeArchiveText } from './decode-text';
import { outletHomepage } from './outlet-homepages';
import { publishingWithArticles } from '../publishing/issue-goes-live';
import { ArchiveConflictError, ArchiveFormatError } from './errors';
import { parseArchiveArticle, type ArchiveArticle, type NumberBounds } from './parse-archive-article';
import { slugOf, summaryOf } from './text';

export interface ArchiveFile {
  /** As the editor named it, for messages. */
  file: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Leave imported articles (and new issues) as drafts instead of publishing them. */
  draft?: boolean;
  /** Check and plan everything, write nothing: each file's work is rolled back. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export const KINDS = ['volumes', 'issues', 'sections', 'authors', 'sources', 'articles'] as const;
export type Kind = (typeof KINDS)[number];

export interface ImportReport {
  /** What the import created (or, in a dry run, would create), by name. */
  created: Record<Kind, string[]>;
  /** What existed already and was used as it is. */
  reused: Record<Kind, string[]>;
  /** Files whose article is already in its issue. */
  skipped: Array<{ file: string; reason: string }>;
  /** Files that wrote nothing, and why. */
  failed: Array<{ file: string; line?: number; message: string }>;
}

/** The volume and issue numbers the content model allows (`max` in their schema.json), as the admin and API enforce them. */
function numberBounds(strapi: Core.Strapi): NumberBounds {
  const max = (uid: UID.Schema) => {
    const value = (strapi.getModel(uid).attributes as Record<string, { max?: number }>).number?.max;
    if (typeof value !== 'number') throw new Error(`${uid}.number has no max in its schema.json`);
    return value;
  };
  return { volume: max('api::volume.volume'), issue: max('api::issue.issue') };
}

/** Thrown at the end of a dry run's file to roll its transaction back. */
class DryRunRollback extends Error {}

/** `key` is what matching goes by, so names that match each other are reported once. */
type Event = { kind: Kind; key: string; name: string; outcome: 'created' | 'reused' };

/**
 * Imports archived articles, one transaction per file: a file that fails — on its format, on a conflict or on a
 * crash — leaves nothing behind, and the next file goes on. Volumes, issues, authors, sections and sources are
 * matched before anything is created (authors by slugified name, sources and sections by name in any case or by
 * slug), and an article already in its issue under the same title is skipped, so importing twice creates nothing.
 */
export async function importArchive(
  strapi: Core.Strapi,
  files: readonly ArchiveFile[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const created = emptyLists();
  const reused = emptyLists();
  const seen = new Set<string>();
  const report: Pick<ImportReport, 'skipped' | 'failed'> = { skipped: [], failed: [] };
  const importer = new ArticleImporter(strapi, options);
  const bounds = numberBounds(strapi);
  for (const [index, { file, bytes }] of files.entries()) {
    const events: Event[] = [];
    try {
      const article = parseArchiveArticle(decodeArchiveText(bytes, file), file, bounds);
      await strapi.db.transaction(async () => {
        // A back issue is created published with its first article: checked once both are in.
        await publishingWithArticles(strapi, () => importer.import(article, events));
        if (options.dryRun) throw new DryRunRollback();
      });
      importer.commit();
    } catch (error) {
      importer.rollBack();
      if (error instanceof ArchiveFormatError) report.failed.push({ file, line: error.line, message: error.detail });
      else if (error instanceof AlreadyImported) report.skipped.push({ file, reason: error.message });
      else if (!(error instanceof DryRunRollback)) report.failed.push({ file, message: describeError(error) });
      // A skipped file found its volume and issue (reused); a failed one wrote nothing worth naming.
      if (!(error instanceof DryRunRollback) && !(error instanceof AlreadyImported)) events.length = 0;
    }
    for (const { kind, key, name, outcome } of events) {
      // Named once: under what first happened to it in this run.
      if (!seen.has(key)) (outcome === 'created' ? created : reused)[kind].push(name);
      seen.add(key);
    }
    options.onProgress?.(index + 1, files.length);
  }
  return { created, reused, ...report };
}

class AlreadyImported extends Error {}

/**
 * Finds or creates what one article needs. Document ids found or created by committed files are remembered, so a
 * long import asks the database once per volume, issue, author, section and source.
 */
class ArticleImporter {
  private readonly known = new Map<string, string>();
  private pending = new Map<string, string>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly options: ImportOptions,
  ) {}

  /** Keeps the ids a committed file found or created. */
  commit(): void {
    for (const [key, id] of this.pending) this.known.set(key, id);
    this.pending = new Map();
  }

  /** Forgets the ids of a rolled-back file: what it created never existed. */
  rollBack(): void {
    this.pending = new Map();
  }

  /** Imports one article, naming in `events` what it found and created. */
  async import(article: ArchiveArticle, events: Event[]): Promise<void> {
    this.pending = new Map();
    const status = this.options.draft ? 'draft' : 'published';
    const issueName = `Volume ${article.volume}, Issue ${article.issue}`;

    const volume = await this.findOrCreate(
      events,
      'volumes',
      `Volume ${article.volume}`,
      `volume:${article.volume}`,
      async () => {
        const found = await this.docs('api::volume.volume').findFirst({ filters: { number: article.volume }, fields: ['documentId'] });
        return found?.documentId ?? null;
      },
      async () =>
        // A volume spans a school or publishing year the file does not state; its first issue's year starts it.
        (
          await this.docs('api::volume.volume').create({
            data: { number: article.volume, startYear: Number(article.coverDate.slice(0, 4)) },
          })
        ).documentId,
    );

    // The cover date is part of the key: a later file naming the same issue with another date must meet the check.
    const issueKey = `issue:${article.volume}:${article.issue}:${article.coverDate}`;
    const issue = await this.findOrCreate(
      events,
      'issues',
      issueName,
      issueKey,
      async () => {
        const found = await this.docs('api::issue.issue').findFirst({
          filters: { number: article.issue, volume: { number: article.volume } },
          fields: ['coverDate'],
        });
        if (found && found.coverDate !== article.coverDate) {
          throw new ArchiveConflictError(
            `${issueName} is already in the CMS with cover date ${found.coverDate}; this file says ${article.coverDate}`,
          );
        }
        return found?.documentId ?? null;
      },
      async () =>
        (await this.docs('api::issue.issue').create({ data: { volume, number: article.issue, coverDate: article.coverDate }, status }))
          .documentId,
    );

    const existing = await this.docs('api::article.article').findFirst({
      filters: { title: article.title, issue: { documentId: issue } },
      fields: ['slug'],
    });
    if (existing) throw new AlreadyImported(`“${article.title}” is already in ${issueName} (/articles/${existing.slug})`);

    const section = article.section
      ? await this.findOrCreate(
          events,
          'sections',
          article.section,
          `section:${slugOf(article.section)}`,
          () => this.findByName('api::section.section', article.section!),
          async () =>
            (await this.docs('api::section.section').create({ data: { name: article.section!, slug: slugOf(article.section!) } }))
              .documentId,
        )
      : undefined;

    const authors: string[] = [];
    for (const name of article.authors) {
      const slug = slugOf(name);
      authors.push(
        await this.findOrCreate(
          events,
          'authors',
          name,
          `author:${slug}`,
          async () => {
            const found = await this.docs('api::author.author').findFirst({ filters: { slug }, fields: ['documentId'] });
            return found?.documentId ?? null;
          },
          async () => (await this.docs('api::author.author').create({ data: { name, slug } })).documentId,
        ),
      );
    }

    const citations = [];
    for (const source of article.sources) {
      const id = await this.findOrCreate(
        events,
        'sources',
        source.name,
        `source:${slugOf(source.name)}`,
        () => this.findByName('api::source.source', source.name),
        async () =>
          (
            await this.docs('api::source.source').create({
              data: { name: source.name, slug: slugOf(source.name), homepageUrl: outletHomepage(source.name, source.url) },
            })
          ).documentId,
      );
      citations.push({ source: id, ...(source.url ? { url: source.url } : {}) });
    }

    await this.docs('api::article.article').create({
      data: {
        title: article.title,
        dek: summaryOf(article.paragraphs),
        body: article.paragraphs.map((text): BlockNode => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
        issue,
        section,
        authors,
        citations,
        // Noon UTC keeps the cover date's day in every reader's time zone.
        ...(this.options.draft ? {} : { firstPublishedAt: `${article.coverDate}T12:00:00.000Z` }),
      } as never,
      status,
    });
    const name = `${issueName}: ${article.title}`;
    events.push({ kind: 'articles', key: `article:${name}`, name, outcome: 'created' });
  }

  private docs<T extends UID.ContentType>(uid: T) {
    return this.strapi.documents(uid);
  }

  /** By name in any case, else by slug ("B.B.C." is "BBC"): the slug is unique, so it must not be taken twice. */
  private async findByName(uid: 'api::section.section' | 'api::source.source', name: string): Promise<string | null> {
    const found = await this.docs(uid).findFirst({
      filters: { $or: [{ name: { $eqi: name } }, { slug: slugOf(name) }] },
      fields: ['documentId'],
    });
    return found?.documentId ?? null;
  }

  private async findOrCreate(
    events: Event[],
    kind: Kind,
    name: string,
    key: string,
    find: () => Promise<string | null>,
    create: () => Promise<string>,
  ): Promise<string> {
    const cached = this.known.get(key) ?? this.pending.get(key);
    const found = cached ?? (await find());
    const id = found ?? (await create());
    this.pending.set(key, id);
    events.push({ kind, key, name, outcome: found ? 'reused' : 'created' });
    return id;
  }
}

function emptyLists(): Record<Kind, string[]> {
  return Object.fromEntries(KINDS.map((kind) => [kind, []])) as unknown as Record<Kind, string[]>;
}

/** Strapi's validation errors carry the field-level reasons in `details.errors`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = (error as { details?: { errors?: Array<{ path?: string[]; message: string }> } }).details?.errors;
  if (!details?.length) return error.message;
  return `${error.message}: ${details.map((detail) => `${detail.path?.join('.') ?? ''} ${detail.message}`.trim()).join('; ')}`;
}
