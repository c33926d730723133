/**
 * What a rich-text (blocks) field may hold, checked on every write before anything else reads it: how deep its
 * nodes nest, how many there are, how large it is, and where its images point. One rule for the admin, API tokens
 * and the importer (see document-middlewares/rich-text-bounds.ts). Link schemes are Strapi's own blocks rule
 * (http, https, ftp, mailto, tel and site paths), which runs on the same writes.
 */
export const RICH_TEXT_LIMITS = {
  /** Nesting of blocks, list items and inline nodes: a list inside a list inside a list is depth 5 with its text. */
  maxDepth: 16,
  /** A long feature is a few hundred; a whole book of short paragraphs stays under. */
  maxNodes: 10_000,
  /**
   * As JSON: about 40,000 words with their markup, several long features. Below the 1 MB a JSON request may carry
   * (Strapi's body parser answers 413 beyond it), so over HTTP too the answer names this limit.
   */
  maxBytes: 500_000,
} as const;

/** Where a block image may come from: the media library's own files, or a web address. */
const IMAGE_URL = /^(?:\/uploads\/[^\s?#]+|https?:\/\/\S+)$/i;

export interface RichTextProblem {
  message: string;
  /** The limit that was passed, when one was. */
  limit?: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first thing wrong with `value` as the rich text of `field`, or null. Walks the tree with a stack, not
 * recursion, and stops at the first node past a limit, so a hostile tree costs only the limit.
 */
export function richTextProblem(field: string, value: unknown): RichTextProblem | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return { message: `${field} must be a list of blocks.` };
  const stack: Array<{ node: unknown; depth: number }> = value.map((node) => ({ node, depth: 1 }));
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    nodes += 1;
    if (depth > RICH_TEXT_LIMITS.maxDepth) {
      return {
        message: `${field} nests deeper than ${RICH_TEXT_LIMITS.maxDepth} levels (lists inside lists); flatten it.`,
        limit: RICH_TEXT_LIMITS.maxDepth,
      };
    }
    if (nodes > RICH_TEXT_LIMITS.maxNodes) {
      return {
        message: `${field} has more than ${RICH_TEXT_LIMITS.maxNodes.toLocaleString('en')} elements; split it.`,
        limit: RICH_TEXT_LIMITS.maxNodes,
      };
    }
    if (!isRecord(node)) return { message: `${field} holds something that is not a block.` };
    if (node.type === 'image') {
      const url = isRecord(node.image) ? node.image.url : undefined;
      if (typeof url !== 'string' || !IMAGE_URL.test(url.trim())) {
        return {
          message: `An image in ${field} must come from the media library or an http(s) address, not ${JSON.stringify(String(url).slice(0, 80))}.`,
        };
      }
    }
    if (Array.isArray(node.children)) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  // Measured once the depth is known to be small: serialising a hostile depth would overflow the stack itself.
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > RICH_TEXT_LIMITS.maxBytes) {
    return {
      message: `${field} is ${bytes.toLocaleString('en')} bytes; rich text may be at most ${RICH_TEXT_LIMITS.maxBytes.toLocaleString('en')}.`,
      limit: RICH_TEXT_LIMITS.maxBytes,
    };
  }
  return null;
}
