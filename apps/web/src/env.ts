import { z } from 'zod';

/**
 * Every environment variable the website reads, validated once. No other file reads `process.env`.
 */
/**
 * Each page's `export const revalidate` (a literal there: Next reads route segment config statically); a unit test
 * holds every page to it, and REVALIDATE_SECONDS can only lower it.
 */
export const PAGE_REVALIDATE_SECONDS = 300;

const schema = z.object({
  /** Where the CMS answers, e.g. http://localhost:1337. */
  CMS_URL: z.url().default('http://localhost:1337'),
  /**
   * Where readers' browsers reach the CMS — its uploaded images, and its admin, which frames previews of the site —
   * when that is not CMS_URL (inside docker-compose the site reads http://cms:1337). Defaults to CMS_URL.
   */
  CMS_PUBLIC_URL: z.url().optional(),
  /** The site's own public URL, for canonical links, feeds and Open Graph. */
  SITE_URL: z.url().default('http://localhost:3000'),
  /** The publication's name as printed on the masthead. */
  PUBLICATION_NAME: z.string().min(1).default('The Northfield Ledger'),
  PUBLICATION_TAGLINE: z.string().default('The student newspaper of Northfield High School'),
  /**
   * How long a rendered page is served before it is regenerated in the background (ISR), in seconds: at most
   * `PAGE_REVALIDATE_SECONDS`, each page's own `export const revalidate`, which Next needs as a literal and which
   * wins when it is the lower (a larger value would silently do nothing).
   */
  REVALIDATE_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_REVALIDATE_SECONDS, `must be at most ${PAGE_REVALIDATE_SECONDS}, the pages’ own revalidate (PAGE_REVALIDATE_SECONDS)`)
    .default(PAGE_REVALIDATE_SECONDS),
  CMS_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /**
   * Shared with the CMS (its MASTHEAD_REVALIDATE_SECRET), which signs the requests that tell the site which pages a
   * change made stale. Unset: /api/revalidate answers 404 and pages refresh every REVALIDATE_SECONDS only.
   */
  REVALIDATE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Where `next build` writes the build and `next start` reads it; a second build can sit beside the first. */
  NEXT_DIST_DIR: z.string().min(1).default('.next'),
  /**
   * The website's CMS API token (the CMS's MASTHEAD_PREVIEW_TOKEN): previews read drafts with it, and every other read
   * carries it so the CMS gives the site its own rate limit. Unset: no previews, and reads count as any reader's.
   */
  CMS_PREVIEW_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Set by `next dev`, `next build` and `next start` before anything reads it. Outside development the preview cookie
   * is `Secure; SameSite=None` (framed by the admin) and the security headers are strict (next.config.ts).
   */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export type WebEnv = z.infer<typeof schema>;

/** The website's environment is refused: `issues` names each variable and what it needs, as the CMS's does. */
export class InvalidWebEnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid website environment:\n  - ${issues.join('\n  - ')}`);
    this.name = 'InvalidWebEnvError';
  }
}

/** Parses an environment (empty strings mean unset); exported for tests, the site uses `env`. */
export function parseWebEnv(source: Record<string, string | undefined>): WebEnv {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(defined);
  if (!result.success) throw new InvalidWebEnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return result.data;
}

export const env = parseWebEnv(process.env);
