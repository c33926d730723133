import { MARK_END, MARK_START } from './full-text/full-text-index';

/** A run of text, highlighted where it matched the query: excerpts are sent as data, never as HTML. */
export interface TextPart {
  text: string;
  highlight: boolean;
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ');

/** Splits text the database marked (MARK_START…MARK_END around each match) into parts; whitespace runs become one space. */
export function markedParts(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  let highlight = false;
  for (const piece of oneLine(marked).split(new RegExp(`([${MARK_START}${MARK_END}])`, 'u'))) {
    if (piece === MARK_START || piece === MARK_END) {
      highlight = piece === MARK_START;
      continue;
    }
    if (!piece) continue;
    const last = parts.at(-1);
    if (last?.highlight === highlight) last.text += piece;
    else parts.push({ text: piece, highlight });
  }
  return parts;
}

/**
 * A passage of `whole` the database chose and marked, with `…` where it was cut from the rest of the text; `null`
 * when nothing in it is highlighted (the match was elsewhere: in the title, dek or byline).
 */
export function excerptParts(fragment: string, whole: string): TextPart[] | null {
  const parts = markedParts(fragment.trim());
  if (!parts.some((part) => part.highlight)) return null;
  const passage = parts.map((part) => part.text).join('');
  const text = oneLine(whole).trim();
  const at = text.indexOf(passage);
  const cutBefore = at !== 0;
  const cutAfter = at === -1 || at + passage.length < text.length;
  return [...(cutBefore ? [{ text: '…', highlight: false }] : []), ...parts, ...(cutAfter ? [{ text: '…', highlight: false }] : [])].reduce<
    TextPart[]
  >((merged, part) => {
    const last = merged.at(-1);
    if (last && last.highlight === part.highlight) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
