import { nodeText } from '../content/blocks';

/**
 * The line many papers print under a story in place of a source list — "Information retrieved from Defense.gov, BBC,
 * NBC News and Brookings." — recognised in one place: the archive importer turns it into the article's cited
 * sources, and wherever an article already has its sources as data (the seed, articles imported before the importer
 * dropped the line) the line is not kept in the body as well, where the page would print it right above the
 * formal Sources list.
 */
const SOURCES_SENTENCE = /^(?:info(?:rmation)?|facts|data) (?:was |were )?(?:retrieved|taken|gathered|obtained|sourced) from ?:? ?(.+)$/i;

/** Markdown emphasis or quotes around the whole line, as writers type it: "*Information retrieved from …*". */
const WRAPPING = /^[\s*_"“”]+|[\s*_"“”]+$/g;

/** The list part of a closing sources line ("Defense.gov, BBC, NBC News and Brookings"), or null for any other text. */
export function closingSourcesList(paragraph: string): string | null {
  const match = SOURCES_SENTENCE.exec(paragraph.replace(/\s+/g, ' ').replace(WRAPPING, ''));
  return match ? match[1].replace(/\.$/, '').trim() || null : null;
}

/**
 * The body without its closing sources line, when its last block is one and the article has its sources as data;
 * null when there is nothing to drop. Only a paragraph at the very end counts: the same words inside the story are
 * the writer's.
 */
export function withoutRepeatedSourcesLine<Block>(body: readonly Block[], citationCount: number): Block[] | null {
  if (citationCount === 0 || body.length < 2) return null;
  const last = body[body.length - 1] as { type?: unknown };
  if (last?.type !== 'paragraph' || closingSourcesList(nodeText(last)) === null) return null;
  return body.slice(0, -1);
}
