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

/** How far a passage may grow to start at its sentence's start, or end at its end, rather than mid-sentence. */
const SENTENCE_REACH = 80;

/** Where the sentence holding `index` starts, if within reach; else `index`. */
function sentenceStart(text: string, index: number): number {
  const from = Math.max(0, index - SENTENCE_REACH);
  const before = text.slice(from, index);
  const boundary = Math.max(...['. ', '! ', '? ', '” ', ': '].map((mark) => before.lastIndexOf(mark)));
  if (boundary !== -1) return from + boundary + 2;
  return from === 0 ? 0 : index;
}

/** Where the sentence holding `index` ends (after its full stop), if within reach; else `index`. */
function sentenceEnd(text: string, index: number): number {
  const after = text.slice(index, index + SENTENCE_REACH);
  const stop = after.search(/[.!?](\s|$)/u);
  return stop === -1 ? index : index + stop + 1;
}

/**
 * A passage of `whole` the database chose and marked, grown to whole sentences where they are near, with `…` where
 * it was still cut from the rest of the text; `null` when nothing in it is highlighted (the match was elsewhere: in
 * the title, dek or byline).
 */
export function excerptParts(fragment: string, whole: string): TextPart[] | null {
  const parts = markedParts(fragment.trim());
  if (!parts.some((part) => part.highlight)) return null;
  const passage = parts.map((part) => part.text).join('');
  const text = oneLine(whole).trim();
  const at = text.indexOf(passage);
  let lead = '';
  let tail = '';
  let cutBefore = true;
  let cutAfter = true;
  if (at !== -1) {
    const start = sentenceStart(text, at);
    const end = sentenceEnd(text, at + passage.length);
    lead = text.slice(start, at);
    tail = text.slice(at + passage.length, end);
    cutBefore = start > 0;
    cutAfter = end < text.length;
  }
  return [
    { text: `${cutBefore ? '…' : ''}${lead}`, highlight: false },
    ...parts,
    { text: `${tail}${cutAfter ? '…' : ''}`, highlight: false },
  ].reduce<TextPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (!part.text) return merged;
    if (last && last.highlight === part.highlight) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
