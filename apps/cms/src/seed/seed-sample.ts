import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { withoutRepeatedSourcesLine } from '../citations/closing-sources-line';
import { markdownToBlocks } from '../content/markdown-to-blocks';
import { publishingWithArticles } from '../publishing/issue-goes-live';
import { renderCoverArt } from './cover-art';
import { loadSamplePublication, sampleContentDir } from './load-sample-publication';
import type { SampleArticle, SampleFigure, SampleIssue, SamplePublication } from './sample-schema';

export interface SeedReport {
  seeded: boolean;
  volumes: number;
  issues: number;
  articles: number;
  authors: number;
  sources: number;
}

type DocumentIds = Map<string, string>;

/**
 * Seeds the sample publication from its content files, but only into a database that holds no volume and no article
 * yet: a developer's own content is never mixed with sample content, and a restart seeds nothing twice.
 * @throws SampleContentError when a content file is broken, before anything is written.
 */
export async function seedSampleIfEmpty(strapi: Core.Strapi): Promise<SeedReport> {
  const existing = (await strapi.db.query('api::volume.volume').count()) + (await strapi.db.query('api::article.article').count());
  const report: SeedReport = { seeded: false, volumes: 0, issues: 0, articles: 0, authors: 0, sources: 0 };
  if (existing > 0) return report;

  const publication = loadSamplePublication(sampleContentDir(strapi.dirs.app.root));
  const workDir = await mkdtemp(path.join(tmpdir(), 'masthead-seed-'));
  try {
    const seeder = new SampleSeeder(strapi, workDir);
    await seeder.seed(publication, report);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return { ...report, seeded: true };
}

class SampleSeeder {
  private readonly sections: DocumentIds = new Map();
  private readonly tags: DocumentIds = new Map();
  private readonly authors: DocumentIds = new Map();
  private readonly sources: DocumentIds = new Map();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly workDir: string,
  ) {}

  async seed(publication: SamplePublication, report: SeedReport): Promise<void> {
    const docs = this.strapi.documents;
    await this.seedSettings(publication.settings);
    for (const section of publication.sections) {
      this.sections.set(section.slug, (await docs('api::section.section').create({ data: section })).documentId);
    }
    for (const tag of publication.tags) {
      this.tags.set(tag.slug, (await docs('api::tag.tag').create({ data: tag })).documentId);
    }
    for (const author of publication.authors) {
      const initials = author.name
        .split(/\s+/)
        .map((part) => part[0])
        .join('')
        .slice(0, 2);
      const avatar = await this.upload(`${author.slug}.jpg`, `Portrait of ${author.name}`, {
        seed: author.slug,
        palette: ['#1f2a44', '#8a5a44'],
        width: 480,
        height: 480,
        initials,
      });
      const created = await docs('api::author.author').create({ data: { ...author, avatar } });
      this.authors.set(author.slug, created.documentId);
      report.authors += 1;
    }
    for (const source of publication.sources) {
      this.sources.set(source.slug, (await docs('api::source.source').create({ data: source })).documentId);
      report.sources += 1;
    }
    for (const volume of publication.volumes) {
      const { issues, ...fields } = volume;
      const created = await docs('api::volume.volume').create({ data: fields });
      report.volumes += 1;
      for (const issue of issues) {
        await this.seedIssue(created.documentId, issue, report);
      }
    }
  }

  /** The publication's settings: the entry exists from the first start (bootstrap/publication.ts), empty. */
  private async seedSettings({ about, icon, ...fields }: SamplePublication['settings']): Promise<void> {
    const settings = this.strapi.documents('api::publication.publication');
    const existing = await settings.findFirst({ fields: ['documentId'] });
    const data = {
      ...fields,
      about: markdownToBlocks(about),
      icon: await this.upload('publication-icon.jpg', '', { seed: 'publication-icon', ...icon, width: 512, height: 512 }),
    };
    if (existing) await settings.update({ documentId: existing.documentId, data });
    else await settings.create({ data });
  }

  private async seedIssue(volumeId: string, issue: SampleIssue, report: SeedReport): Promise<void> {
    const { articles, cover, editorsNote, draft, ...fields } = issue;
    const coverFigure = await this.figure(`issue-${issue.coverDate}`, cover, 900, 1200);
    // A published issue goes live with its articles (src/publishing/issue-goes-live.ts).
    await publishingWithArticles(this.strapi, async () => {
      const created = await this.strapi.documents('api::issue.issue').create({
        data: { ...fields, volume: volumeId, editorsNote: markdownToBlocks(editorsNote), cover: coverFigure },
        status: draft ? 'draft' : 'published',
      });
      for (const [index, article] of articles.entries()) {
        await this.seedArticle(created.documentId, issue, article, index + 1);
      }
    });
    report.issues += 1;
    report.articles += articles.length;
  }

  private async seedArticle(issueId: string, issue: SampleIssue, article: SampleArticle, position: number) {
    const { cover, body, citations, authors, tags, section, draft, ...fields } = article;
    // Sample articles went online over the week after the cover date, in table-of-contents order.
    const firstPublishedAt = new Date(`${issue.coverDate}T13:00:00Z`);
    firstPublishedAt.setUTCDate(firstPublishedAt.getUTCDate() + position - 1);
    await this.strapi.documents('api::article.article').create({
      data: {
        ...fields,
        position,
        issue: issueId,
        section: this.lookup(this.sections, section, 'section'),
        authors: authors.map((slug) => this.lookup(this.authors, slug, 'author')),
        tags: tags.map((slug) => this.lookup(this.tags, slug, 'tag')),
        body: this.bodyOf(body, citations.length),
        cover: await this.figure(article.slug, cover, 1600, 1000),
        citations: citations.map(({ source, ...citation }) => ({
          ...citation,
          source: this.lookup(this.sources, source, 'source'),
        })),
        firstPublishedAt: draft || issue.draft ? undefined : firstPublishedAt.toISOString(),
      },
      status: draft || issue.draft ? 'draft' : 'published',
    });
  }

  /** The sample's Markdown as blocks; a closing "Information retrieved from …" line is dropped, as the importer drops it. */
  private bodyOf(markdown: string, citationCount: number) {
    const blocks = markdownToBlocks(markdown);
    return withoutRepeatedSourcesLine(blocks, citationCount) ?? blocks;
  }

  private lookup(ids: DocumentIds, slug: string, kind: string): string {
    const id = ids.get(slug);
    if (!id) throw new Error(`Sample publication refers to unknown ${kind} "${slug}"`);
    return id;
  }

  private async figure(name: string, figure: SampleFigure, width: number, height: number) {
    const image = await this.upload(`${name}.jpg`, figure.alt, { seed: name, palette: figure.palette, width, height });
    return { image, alt: figure.alt, caption: figure.caption, credit: figure.credit };
  }

  /** Uploads generated art through the Media Library, so it gets the same formats as an editor's upload. */
  private async upload(filename: string, alt: string, art: Parameters<typeof renderCoverArt>[0]): Promise<number> {
    const filepath = path.join(this.workDir, filename);
    await writeFile(filepath, await renderCoverArt(art));
    const [file] = await this.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: filename, alternativeText: alt } },
        files: { filepath, originalFilename: filename, mimetype: 'image/jpeg', size: (await stat(filepath)).size },
      });
    return file.id;
  }
}
