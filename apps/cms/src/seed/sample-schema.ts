import { z } from 'zod';

/**
 * What each file of the sample publication (`apps/cms/content/sample/`, described in its README.md) must hold. The
 * objects are strict, so a misspelt field fails the seed instead of silently going missing.
 */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters and digits joined by single hyphens');
const text = z.string().min(1);
const isoDate = z.iso.date();
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a hex colour such as "#1d3557"');

export const sectionSchema = z.strictObject({
  name: text,
  slug,
  description: text,
  /** Navigation order on the website, 1 first. */
  position: z.int().positive(),
});

export const tagSchema = z.strictObject({ name: text, slug });

export const authorSchema = z.strictObject({
  name: text,
  slug,
  role: text,
  bio: text,
  /** Graduation year for student staff; omitted for advisers and guests. */
  classYear: z.int().optional(),
  /** Private: stored for the editors, never served by the public API. */
  email: z.email(),
});

export const sourceSchema = z.strictObject({ name: text, slug, homepageUrl: z.url(), description: text.optional() });

/** Cover art is generated (`cover-art.ts`): the files hold its words and the two colours it is painted in. */
const figureSchema = z.strictObject({ alt: text, caption: text.optional(), credit: text, palette: z.tuple([colour, colour]) });

const citationSchema = z.strictObject({
  /** Slug of a source in sources.yaml. */
  source: slug,
  url: z.url().optional(),
  pageTitle: text.optional(),
  accessedOn: isoDate.optional(),
});

export const volumeSchema = z.strictObject({
  number: z.int().positive(),
  startYear: z.int(),
  endYear: z.int().optional(),
  title: text.optional(),
  description: text.optional(),
});

export const issueSchema = z.strictObject({
  number: z.int().positive(),
  /** The cover month's first day, e.g. 2025-01-01 for January 2025. */
  coverDate: isoDate,
  title: text.optional(),
  /** Drafts are seeded unpublished, as work in progress, with every article in them. */
  draft: z.boolean().optional(),
  cover: figureSchema,
  /** Markdown, in the subset `markdown-to-blocks.ts` reads. */
  editorsNote: text,
  /** Slugs of the articles beside issue.yaml, in table-of-contents order. */
  articles: z.array(slug),
});

/** An article's front matter; its slug is the file's name and its body the Markdown below the front matter. */
export const articleSchema = z.strictObject({
  title: text,
  dek: text,
  section: slug,
  /** Byline order. */
  authors: z.array(slug),
  tags: z.array(slug),
  draft: z.boolean().optional(),
  cover: figureSchema,
  /** In the order the article lists them. */
  citations: z.array(citationSchema),
});

/** The publication's settings (publication.yaml): its icon is generated from the two colours, like the covers. */
export const publicationSettingsSchema = z.strictObject({
  /** Markdown, as article bodies. */
  about: text,
  contactEmail: z.email(),
  parentOrganization: text,
  parentOrganizationUrl: z.url(),
  icon: z.strictObject({
    initials: z.string().regex(/^[A-Z]{1,3}$/, 'must be one to three capital letters'),
    palette: z.tuple([colour, colour]),
  }),
});

export type SampleFigure = z.infer<typeof figureSchema>;
export type SampleArticle = z.infer<typeof articleSchema> & { slug: string; body: string };
export type SampleIssue = Omit<z.infer<typeof issueSchema>, 'articles'> & { articles: SampleArticle[] };
export type SampleVolume = z.infer<typeof volumeSchema> & { issues: SampleIssue[] };

export interface SamplePublication {
  settings: z.infer<typeof publicationSettingsSchema>;
  sections: Array<z.infer<typeof sectionSchema>>;
  tags: Array<z.infer<typeof tagSchema>>;
  authors: Array<z.infer<typeof authorSchema>>;
  sources: Array<z.infer<typeof sourceSchema>>;
  volumes: SampleVolume[];
}
