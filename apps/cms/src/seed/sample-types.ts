/**
 * The shape of the sample publication that `npm run dev` seeds into an empty database.
 *
 * Rich text (`body`, `editorsNote`) is written in a small Markdown subset that `markdown-to-blocks.ts` turns into
 * Strapi blocks: paragraphs separated by a blank line, `## ` / `### ` headings, `> ` quotes, `- ` bulleted and
 * `1. ` numbered lists, and inline `**bold**`, `*italic*` and `[text](https://…)` links.
 */
export interface SampleSection {
  name: string;
  slug: string;
  description: string;
  /** Navigation order on the website, 1 first. */
  position: number;
}

export interface SampleTag {
  name: string;
  slug: string;
}

export interface SampleAuthor {
  name: string;
  slug: string;
  role: string;
  bio: string;
  /** Graduation year for student staff; omitted for advisers and guests. */
  classYear?: number;
  /** Private: stored for the editors, never served by the public API. */
  email: string;
}

export interface SampleSource {
  name: string;
  slug: string;
  homepageUrl: string;
  description?: string;
}

export interface SampleCitation {
  /** Slug of a SampleSource. */
  source: string;
  url?: string;
  pageTitle?: string;
  /** ISO date, e.g. "2025-01-12". */
  accessedOn?: string;
}

export interface SampleFigure {
  alt: string;
  caption?: string;
  /** Two hex colours the seed paints the generated cover image with, e.g. ["#1d3557", "#e63946"]. */
  palette: [string, string];
}

export interface SampleArticle {
  title: string;
  slug: string;
  dek: string;
  /** Slug of a SampleSection. */
  section: string;
  /** Slugs of SampleAuthors, in byline order. */
  authors: string[];
  /** Slugs of SampleTags. */
  tags: string[];
  cover: SampleFigure;
  /** Markdown subset, see above. 250–700 words reads like a real student-paper article. */
  body: string;
  /** Cited sources in the order the article lists them. */
  citations: SampleCitation[];
  /** Drafts are seeded unpublished, as work in progress. */
  draft?: boolean;
}

export interface SampleIssue {
  number: number;
  /** ISO date of the cover month, e.g. "2025-01-01" for January 2025. */
  coverDate: string;
  title?: string;
  cover: SampleFigure;
  /** Markdown subset, see above. */
  editorsNote: string;
  /** In table-of-contents order. */
  articles: SampleArticle[];
  draft?: boolean;
}

export interface SampleVolume {
  number: number;
  startYear: number;
  endYear?: number;
  title?: string;
  description?: string;
  issues: SampleIssue[];
}

export interface SamplePublication {
  sections: SampleSection[];
  tags: SampleTag[];
  authors: SampleAuthor[];
  sources: SampleSource[];
  volumes: SampleVolume[];
}
