/** "Zoë Ångström" → "zoe-angstrom": how an author's name becomes the slug authors are matched by. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest summary written from the body; the dek field holds 400 characters. */
const SUMMARY_LENGTH = 300;

/**
 * A summary for an archived article, which never had one: its first paragraph when short enough, else as many of
 * its sentences as fit, else its first words and an ellipsis.
 */
export function summaryOf(paragraphs: readonly string[]): string {
  const first = paragraphs[0]?.trim() ?? '';
  if (first.length <= SUMMARY_LENGTH) return first;
  // The longest run of whole sentences that fits: found by scanning sentence ends forward, once.
  const end = /[.!?][”’"')\]]*(?=\s|$)/g;
  let fits = 0;
  for (let match = end.exec(first); match && match.index + match[0].length <= SUMMARY_LENGTH; match = end.exec(first)) {
    fits = match.index + match[0].length;
  }
  if (fits > 0) return first.slice(0, fits).trim();
  const cut = first.slice(0, SUMMARY_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:—–-]+$/, '')}…`;
}
