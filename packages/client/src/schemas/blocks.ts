import { z } from 'zod';

/**
 * Strapi's blocks rich text, validated node by node so renderers can switch on `type` exhaustively. An unknown node
 * type fails loudly instead of rendering as nothing.
 */
export const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

export const linkNodeSchema = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNodeSchema),
});

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);

export const listItemNodeSchema = z.object({
  type: z.literal('list-item'),
  children: z.array(inlineNodeSchema),
});

export type TextNode = z.infer<typeof textNodeSchema>;
export type LinkNode = z.infer<typeof linkNodeSchema>;
export type InlineNode = z.infer<typeof inlineNodeSchema>;
export type ListItemNode = z.infer<typeof listItemNodeSchema>;
export interface ListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number;
  children: Array<ListItemNode | ListNode>;
}

export const listNodeSchema: z.ZodType<ListNode> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    indentLevel: z.number().int().optional(),
    children: z.array(z.union([listItemNodeSchema, listNodeSchema])),
  }),
);

export const blockNodeSchema = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal('quote'), children: z.array(inlineNodeSchema) }),
  z.object({ type: z.literal('code'), language: z.string().optional(), children: z.array(textNodeSchema) }),
  z.object({
    type: z.literal('image'),
    image: z.object({
      url: z.string(),
      alternativeText: z.string().nullish(),
      width: z.number().nullish(),
      height: z.number().nullish(),
    }),
    children: z.array(textNodeSchema),
  }),
  listNodeSchema,
]);

export const blocksSchema = z.array(blockNodeSchema);

export type BlockNode = z.infer<typeof blockNodeSchema>;
export type Blocks = z.infer<typeof blocksSchema>;
