import { highlightRuns } from '@/lib/highlight';

/** Text with the words a search matched in `<mark>`. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlightRuns(text, terms).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : run.text))}</>;
}
