/**
 * The schedule of an article or issue as an editor reads it in the edit view's side panel: "Scheduled for Mon 6 Jan,
 * 07:00 Berlin time — in 3 hours". Times are stored in UTC and shown in the editor's own time zone.
 */
export interface ScheduleValues {
  publishAt?: string | null;
  unpublishAt?: string | null;
  releaseWithIssue?: boolean | null;
  releaseAt?: string | null;
  scheduleError?: string | null;
  /** The last schedule the scheduler carried out (src/scheduling/run-due.ts), until a new one is set. */
  scheduleDone?: { kind: 'publish' | 'unpublish' | 'release'; at: string } | null;
}

export interface ScheduleLine {
  tone: 'success' | 'danger' | 'neutral';
  text: string;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/** "in 3 hours", "in 2 days", "in 5 minutes", "in under a minute" (for a time still ahead). */
export function relativeTime(at: Date, now: Date): string {
  const difference = at.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    // Hours up to two days, minutes up to two hours: "in 30 hours" reads better than "in 1 day".
    if (Math.abs(difference) >= size * (unit === 'minute' ? 1 : 2)) return format.format(Math.round(difference / size), unit);
  }
  return 'in under a minute';
}

/**
 * "Mon 6 Jan, 07:00 New York time": the zone named by its place, as an editor says it, where Intl's short names
 * would say "GMT-5".
 */
export function formatWhen(at: Date, timeZone?: string): string {
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const when = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  })
    .format(at)
    .replace(' at ', ', ');
  return `${when} ${zoneName(zone)}`;
}

/** "UTC", or the zone's place: "Europe/Berlin" is "Berlin time", "America/Argentina/Buenos_Aires" "Buenos Aires time". */
function zoneName(zone: string): string {
  if (zone === 'Etc/UTC') return 'UTC';
  if (!zone.includes('/')) return zone;
  return `${zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ')} time`;
}

/**
 * Whether the form's schedule differs from the saved one. An unset "Release with the issue" is the same as off: a
 * new article's form holds `false` before anything was saved.
 */
export function scheduleChanged(values: ScheduleValues, saved: ScheduleValues): boolean {
  const times = (['publishAt', 'unpublishAt', 'releaseAt'] as const).some((field) => (values[field] ?? null) !== (saved[field] ?? null));
  return times || Boolean(values.releaseWithIssue) !== Boolean(saved.releaseWithIssue);
}

const DONE = { publish: 'Published', unpublish: 'Taken off the site', release: 'Released' } as const;

export function describeSchedule(values: ScheduleValues, now: Date, timeZone?: string): ScheduleLine[] {
  const lines: ScheduleLine[] = [];
  const when = (iso: string) => {
    const at = new Date(iso);
    return at > now ? `${formatWhen(at, timeZone)} — ${relativeTime(at, now)}` : `${formatWhen(at, timeZone)} (due now)`;
  };

  if (values.scheduleError) lines.push({ tone: 'danger', text: values.scheduleError });
  const done = values.scheduleDone;
  if (done) lines.push({ tone: 'neutral', text: `${DONE[done.kind]} by schedule at ${formatWhen(new Date(done.at), timeZone)}.` });
  if (values.releaseAt)
    lines.push({
      tone: 'success',
      text: `Release scheduled for ${when(values.releaseAt)}, with every article marked “Release with the issue”.`,
    });
  if (values.publishAt) lines.push({ tone: 'success', text: `Scheduled for ${when(values.publishAt)}.` });
  if (values.releaseWithIssue) lines.push({ tone: 'success', text: 'Goes live when its issue is released.' });
  if (values.unpublishAt) lines.push({ tone: 'neutral', text: `Comes off the site ${when(values.unpublishAt)}.` });
  const reports = (values.scheduleError ? 1 : 0) + (done ? 1 : 0);
  if (lines.length === reports && !done) {
    lines.push({ tone: 'neutral', text: 'Not scheduled: set a time in the form to publish automatically, or publish by hand.' });
  }
  return lines;
}
