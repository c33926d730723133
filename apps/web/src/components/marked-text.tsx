import type { TextPart } from '@masthead/client';

/** Text as the CMS marked it where a search matched: each match in `<mark>`, the rest as plain text (never HTML). */
export function MarkedText({ parts }: { parts: readonly TextPart[] }) {
  return <>{parts.map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
