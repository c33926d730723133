import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import {
  articleSchema,
  authorSchema,
  issueSchema,
  publicationSettingsSchema,
  sectionSchema,
  sourceSchema,
  tagSchema,
  volumeSchema,
  type SampleArticle,
  type SampleIssue,
  type SamplePublication,
  type SampleVolume,
} from './sample-schema';

/** A sample content file that does not hold what its format says; the message names the file and the field. */
export class SampleContentError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Sample publication, ${file}: ${detail}`);
    this.name = 'SampleContentError';
  }
}

/**
 * The sample's folder in the CMS app. Outside src/: Strapi's build compiles src/ into dist/ and copies no YAML or
 * Markdown, while the app folder is the same under `strapi develop` and `strapi start`.
 */
export function sampleContentDir(appRoot: string): string {
  return path.join(appRoot, 'content', 'sample');
}

type KnownSlugs = Record<'section' | 'author' | 'tag' | 'source', Set<string>>;

/**
 * Reads the sample publication from `dir` (laid out as its README.md says): volumes and issues in number order,
 * articles in the order their issue.yaml lists them. Synchronous, so test helpers can read it as they load.
 * @throws SampleContentError for a missing file, a YAML syntax error, a field that fails its schema or a slug that
 * names nothing.
 */
export function loadSamplePublication(dir: string): SamplePublication {
  const files = new ContentFiles(dir);
  const settings = files.yaml('publication.yaml', publicationSettingsSchema);
  const sections = files.yaml('sections.yaml', z.array(sectionSchema));
  const tags = files.yaml('tags.yaml', z.array(tagSchema));
  const authors = files.yaml('authors.yaml', z.array(authorSchema));
  const sources = files.yaml('sources.yaml', z.array(sourceSchema));
  const known: KnownSlugs = {
    section: uniqueSlugs('sections.yaml', sections),
    tag: uniqueSlugs('tags.yaml', tags),
    author: uniqueSlugs('authors.yaml', authors),
    source: uniqueSlugs('sources.yaml', sources),
  };
  const volumes = files.folders('.').map((folder) => loadVolume(files, folder, known));
  return { settings, sections, tags, authors, sources, volumes: volumes.sort(byNumber) };
}

function loadVolume(files: ContentFiles, folder: string, known: KnownSlugs): SampleVolume {
  const volume = files.yaml(`${folder}/volume.yaml`, volumeSchema);
  const issues = files.folders(folder).map((issueFolder) => loadIssue(files, issueFolder, known));
  return { ...volume, issues: issues.sort(byNumber) };
}

function loadIssue(files: ContentFiles, folder: string, known: KnownSlugs): SampleIssue {
  const file = `${folder}/issue.yaml`;
  const { articles: slugs, ...issue } = files.yaml(file, issueSchema);
  const present = new Set(files.markdownFiles(folder).map((name) => path.basename(name, '.md')));
  slugs.forEach((slug, index) => {
    if (!present.has(slug)) throw new SampleContentError(file, `articles.${index}: there is no ${slug}.md beside it`);
  });
  for (const slug of present) {
    if (!slugs.includes(slug)) throw new SampleContentError(`${folder}/${slug}.md`, 'is not listed in the articles of its issue.yaml');
  }
  return { ...issue, articles: slugs.map((slug) => loadArticle(files, `${folder}/${slug}.md`, slug, known)) };
}

function loadArticle(files: ContentFiles, file: string, slug: string, known: KnownSlugs): SampleArticle {
  const { frontMatter, body } = files.markdown(file);
  const article = files.validate(file, articleSchema, frontMatter);
  const refer = (kind: keyof KnownSlugs, field: string, value: string) => {
    if (!known[kind].has(value)) throw new SampleContentError(file, `${field}: no ${kind} "${value}" in ${kind}s.yaml`);
  };
  refer('section', 'section', article.section);
  article.authors.forEach((author, index) => refer('author', `authors.${index}`, author));
  article.tags.forEach((tag, index) => refer('tag', `tags.${index}`, tag));
  article.citations.forEach((citation, index) => refer('source', `citations.${index}.source`, citation.source));
  return { ...article, slug, body };
}

function uniqueSlugs(file: string, items: Array<{ slug: string }>): Set<string> {
  const slugs = new Set<string>();
  items.forEach(({ slug }, index) => {
    if (slugs.has(slug)) throw new SampleContentError(file, `${index}.slug: "${slug}" is already taken`);
    slugs.add(slug);
  });
  return slugs;
}

const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;

/** `---` on the first line, YAML, `---` on a line of its own, then the Markdown body. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n([\s\S]*))?$/;

/** Reads and checks the files under one folder, naming them relative to it in every error. */
class ContentFiles {
  constructor(private readonly dir: string) {}

  yaml<T extends z.ZodType>(file: string, schema: T): z.output<T> {
    return this.validate(file, schema, this.parseYaml(file, this.read(file)));
  }

  markdown(file: string): { frontMatter: unknown; body: string } {
    const match = FRONT_MATTER.exec(this.read(file));
    if (!match) throw new SampleContentError(file, 'must start with YAML front matter between two "---" lines');
    // Blank lines around the body mean nothing in Markdown.
    return { frontMatter: this.parseYaml(file, match[1]), body: (match[2] ?? '').trim() };
  }

  validate<T extends z.ZodType>(file: string, schema: T, data: unknown): z.output<T> {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(the whole file)'}: ${issue.message}`);
    throw new SampleContentError(file, problems.join('; '));
  }

  /** The folders in `folder`, as paths from the sample's root. */
  folders(folder: string): string[] {
    return this.entries(folder)
      .filter((entry) => entry.isDirectory())
      .map((entry) => (folder === '.' ? entry.name : `${folder}/${entry.name}`));
  }

  markdownFiles(folder: string): string[] {
    return this.entries(folder)
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name);
  }

  private entries(folder: string) {
    return readdirSync(path.join(this.dir, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  }

  private parseYaml(file: string, source: string): unknown {
    const document = parseDocument(source);
    if (document.errors.length > 0) throw new SampleContentError(file, document.errors[0].message);
    return document.toJS();
  }

  private read(file: string): string {
    try {
      return readFileSync(path.join(this.dir, file), 'utf8');
    } catch (error) {
      throw new SampleContentError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
}
