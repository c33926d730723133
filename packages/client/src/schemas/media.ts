import { z } from 'zod';

const imageFormatSchema = z.object({
  url: z.string().min(1),
  width: z.number().nullable(),
  height: z.number().nullable(),
});

/**
 * An image from the Media Library. `url` is exactly what the CMS serves: a path such as `/uploads/x.jpg` for local
 * storage (resolve it with `client.mediaUrl`) or an absolute URL for S3-compatible storage.
 */
export const imageSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  mime: z.string(),
  /**
   * Smaller renditions Strapi generated, for `srcset`: its four default breakpoints, each present only when the
   * original was larger. (A fixed object rather than a record: zod validates it several times faster.)
   */
  formats: z
    .object({
      thumbnail: imageFormatSchema.optional(),
      small: imageFormatSchema.optional(),
      medium: imageFormatSchema.optional(),
      large: imageFormatSchema.optional(),
    })
    .nullable(),
});

/** The `media.figure` component: an image, its alt text, an optional caption and who made it. */
export const figureSchema = z.object({
  image: imageSchema,
  alt: z.string(),
  caption: z.string().nullable(),
  /** "Ada Quill / The Heron": who took or made the image (a published article's cover always has one). */
  credit: z.string().nullable(),
});

export type Image = z.infer<typeof imageSchema>;
export type Figure = z.infer<typeof figureSchema>;
