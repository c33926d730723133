import type { BlockNode, InlineNode, ListItemNode, TextNode } from './blocks';

/**
 * Converts the small Markdown subset used by the sample publication (and plain-text archives) into Strapi blocks:
 * blank-line separated paragraphs, `#`–`######` headings, `> ` quotes, `- `/`* ` and `1. ` lists, and inline
 * `**bold**`, `*italic*` and `[text](http…)` links. Everything else is kept as literal text, character for character.
 */
export function markdownToBlocks(markdown: string): BlockNode[] {
  return splitIntoChunks(markdown).map(chunkToBlock);
}

function splitIntoChunks(markdown: string): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      if (current.length) chunks.push(current);
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const QUOTE = /^>\s?/;
const UNORDERED_ITEM = /^[-*]\s+/;
const ORDERED_ITEM = /^\d+[.)]\s+/;

function chunkToBlock(lines: string[]): BlockNode {
  const heading = lines.length === 1 ? HEADING.exec(lines[0]) : null;
  if (heading) {
    const level = heading[1].length as 1 | 2 | 3 | 4 | 5 | 6;
    return { type: 'heading', level, children: parseInline(heading[2]) };
  }
  if (lines.every((line) => QUOTE.test(line))) {
    return { type: 'quote', children: parseInline(lines.map((line) => line.replace(QUOTE, '')).join(' ')) };
  }
  for (const [pattern, format] of [
    [UNORDERED_ITEM, 'unordered'],
    [ORDERED_ITEM, 'ordered'],
  ] as const) {
    if (lines.every((line) => pattern.test(line))) {
      const children: ListItemNode[] = lines.map((line) => ({
        type: 'list-item',
        children: parseInline(line.replace(pattern, '')),
      }));
      return { type: 'list', format, children };
    }
  }
  return { type: 'paragraph', children: parseInline(lines.join(' ')) };
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

/** Inline markup; the blocks editor requires at least one text child, so an empty line yields one empty text. */
export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push(plain(text.slice(last, index)));
    const [, bold, italic, linkText, url] = match;
    if (bold !== undefined) nodes.push({ type: 'text', text: bold, bold: true });
    else if (italic !== undefined) nodes.push({ type: 'text', text: italic, italic: true });
    else nodes.push({ type: 'link', url, rel: 'noopener noreferrer', target: '_blank', children: [plain(linkText)] });
    last = index + match[0].length;
  }
  if (last < text.length || nodes.length === 0) nodes.push(plain(text.slice(last)));
  return nodes;
}

function plain(text: string): TextNode {
  return { type: 'text', text };
}
