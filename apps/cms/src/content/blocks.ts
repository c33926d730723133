/**
 * The subset of Strapi's blocks rich-text format that Masthead writes. Strapi stores `blocks` fields as this JSON
 * tree; the admin's editor produces the same shapes, plus code and image blocks that Masthead never writes itself.
 */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface LinkNode {
  type: 'link';
  url: string;
  /** Strapi's blocks schema requires both; links in sources and articles point to other sites. */
  rel: string;
  target: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemNode[] };

/** The plain text of a blocks tree, one line per block, for word counts and search. */
export function blocksToPlainText(blocks: readonly unknown[]): string {
  return blocks.map((block) => nodeText(block)).join('\n');
}

/** The text of one block (a paragraph's inline children run together). */
export function nodeText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, children } = node as { text?: unknown; children?: unknown };
  if (typeof text === 'string') return text;
  if (!Array.isArray(children)) return '';
  // List items are separate lines; inline children of a paragraph run together.
  const separator = (node as { type?: unknown }).type === 'list' ? '\n' : '';
  return children.map(nodeText).join(separator);
}
