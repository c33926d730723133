/**
 * The order a paper prints its staff box in: the editor-in-chief first, then the managing and other senior
 * editors, the section and desk editors, writers and critics, photographers and designers, and the adviser last.
 * Read from each person's role as the editors typed it; within a rank, by name.
 */
const RANKS: ReadonlyArray<RegExp> = [
  /\beditors?[\s-]+in[\s-]+chief\b/i,
  /\bmanaging editor\b/i,
  /\b(?:executive|deputy|associate|senior) editor\b/i,
  /\beditor\b/i,
  /\b(?:writer|reporter|critic|columnist|correspondent|contributor)\b/i,
  /\b(?:photo|photographer|illustrat|design|graphic|video|multimedia|web)/i,
];
const ADVISER = /\badvis[eo]r\b/i;

function rankOf(role: string | null): number {
  if (role && ADVISER.test(role)) return RANKS.length + 1;
  const rank = role ? RANKS.findIndex((pattern) => pattern.test(role)) : -1;
  return rank === -1 ? RANKS.length : rank;
}

export function mastheadOrder<Person extends { name: string; role: string | null }>(people: readonly Person[]): Person[] {
  return people
    .map((person) => ({ person, rank: rankOf(person.role) }))
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name, 'en'))
    .map(({ person }) => person);
}
