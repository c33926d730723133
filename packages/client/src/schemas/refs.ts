import { z } from 'zod';
import { documentId, isoDate, isoDateTime, slug } from './common';
import { authorSchema } from './author';
import { figureSchema } from './media';
import { sectionSchema } from './section';
import { sourceSchema } from './source';
import { tagSchema } from './tag';

/**
 * The shapes in which one type appears inside another (the CMS's curated populate decides which fields). Each is a
 * projection of its type's full schema, which the parity test checks against the CMS's schema.json.
 */
export const volumeRefSchema = z.object({
  documentId,
  number: z.number().int().min(1),
  startYear: z.number().int(),
  endYear: z.number().int().nullable(),
  title: z.string().nullable(),
});

export const issueRefSchema = z.object({
  documentId,
  number: z.number().int().min(1),
  coverDate: isoDate,
  title: z.string().nullable(),
  volume: volumeRefSchema.nullable(),
});

export const issueSummarySchema = z.object({
  documentId,
  number: z.number().int().min(1),
  coverDate: isoDate,
  title: z.string().nullable(),
  cover: figureSchema.nullable(),
});

export const bylineSchema = authorSchema.pick({ documentId: true, name: true, slug: true, role: true });

/** An article's byline: each author with the portrait and bio an article's author box shows. */
export const bylineWithAvatarSchema = authorSchema.pick({
  documentId: true,
  name: true,
  slug: true,
  role: true,
  bio: true,
  avatar: true,
});

export const sectionRefSchema = sectionSchema.pick({ documentId: true, name: true, slug: true });

export const tagRefSchema = tagSchema;

export const sourceRefSchema = sourceSchema.pick({ documentId: true, name: true, slug: true, homepageUrl: true });

/** The `article.citation` component: the outlet, and where known the exact page, its title and the date read. */
export const citationSchema = z.object({
  source: sourceRefSchema.nullable(),
  url: z.string().nullable(),
  pageTitle: z.string().nullable(),
  accessedOn: isoDate.nullable(),
});

/** An article as an issue's table of contents lists it. */
export const tocEntrySchema = z.object({
  documentId,
  title: z.string(),
  slug,
  dek: z.string(),
  position: z.number().int().nullable(),
  readingTimeMinutes: z.number().int().nullable(),
  firstPublishedAt: isoDateTime.nullable(),
  authors: z.array(bylineSchema),
  section: sectionRefSchema.nullable(),
  cover: figureSchema.nullable(),
});

export type VolumeRef = z.infer<typeof volumeRefSchema>;
export type IssueRef = z.infer<typeof issueRefSchema>;
export type IssueSummary = z.infer<typeof issueSummarySchema>;
export type Byline = z.infer<typeof bylineSchema>;
export type BylineWithAvatar = z.infer<typeof bylineWithAvatarSchema>;
export type SectionRef = z.infer<typeof sectionRefSchema>;
export type TagRef = z.infer<typeof tagRefSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type TocEntry = z.infer<typeof tocEntrySchema>;
