import { CmsError } from '@masthead/client';

/**
 * Metadata that cannot be read from the CMS is left out rather than failing: an error thrown while Next resolves
 * metadata skips the page's error boundary and leaves the reader an empty document, while the page's own read of
 * the same data fails inside the boundary and shows the readable error page. Only CMS failures are absorbed; a bug
 * still fails loudly.
 */
export function resilientMetadata<Args extends unknown[], Result>(
  generate: (...args: Args) => Promise<Result>,
  fallback: Result,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await generate(...args);
    } catch (error) {
      if (error instanceof CmsError) return fallback;
      throw error;
    }
  };
}
