import type { BlockNode, Blocks as BlocksValue, InlineNode, ListNode, TextNode } from '@masthead/client';
import { Fragment, type ReactNode } from 'react';
import { mediaUrl } from '@/lib/cms';

/**
 * Renders Strapi blocks as semantic HTML, element by element: React escapes every string, nothing is injected as
 * raw HTML, links keep only http(s) and mailto URLs and images only media-library or http(s) ones, so rich text
 * can never carry script.
 */
export function Blocks({ blocks }: { blocks: BlocksValue }) {
  return <>{blocks.map((block, index) => renderBlock(block, index))}</>;
}

export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url, 'https://relative.invalid');
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * Where a body image may be loaded from: a media-library file (`/uploads/…`, served by the CMS) or an http(s)
 * address — the same rule the CMS enforces when the body is written. Anything else is not rendered.
 */
export function safeImageSrc(url: string): string | null {
  if (/^\/uploads\/[^\s?#]+$/.test(url)) return mediaUrl({ url });
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

function renderBlock(block: BlockNode, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(block.children)}</p>;
    case 'heading': {
      // The article title is the page's h1, so body headings start at h2.
      const Tag = `h${Math.min(6, Math.max(2, block.level))}` as 'h2';
      return <Tag key={key}>{renderInline(block.children)}</Tag>;
    }
    case 'quote':
      return (
        <blockquote key={key}>
          <p>{renderInline(block.children)}</p>
        </blockquote>
      );
    case 'code':
      return (
        <pre key={key}>
          <code>{block.children.map((child) => child.text).join('')}</code>
        </pre>
      );
    case 'image': {
      const src = safeImageSrc(block.image.url);
      return src ? (
        <figure key={key}>
          {/* eslint-disable-next-line @next/next/no-img-element -- CMS images carry their own sizes */}
          <img
            src={src}
            alt={block.image.alternativeText ?? ''}
            width={block.image.width ?? undefined}
            height={block.image.height ?? undefined}
            loading="lazy"
          />
        </figure>
      ) : null;
    }
    case 'list':
      return renderList(block, key);
  }
}

function renderList(list: ListNode, key: number): ReactNode {
  const items = list.children.map((child, index) =>
    child.type === 'list' ? <li key={index}>{renderList(child, index)}</li> : <li key={index}>{renderInline(child.children)}</li>,
  );
  return list.format === 'ordered' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
}

function renderInline(nodes: InlineNode[]): ReactNode {
  return nodes.map((node, index) => {
    if (node.type === 'text') return renderText(node, index);
    const href = safeHref(node.url);
    const children = node.children.map(renderText);
    return href ? (
      <a key={index} href={href} rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <Fragment key={index}>{children}</Fragment>
    );
  });
}

function renderText(node: TextNode, key: number): ReactNode {
  let content: ReactNode = node.text;
  if (node.code) content = <code>{content}</code>;
  if (node.bold) content = <strong>{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <u>{content}</u>;
  if (node.strikethrough) content = <s>{content}</s>;
  return <Fragment key={key}>{content}</Fragment>;
}
