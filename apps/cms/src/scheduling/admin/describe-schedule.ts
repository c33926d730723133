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

const TIME_FIELDS = ['publishAt', 'unpublishAt', 'releaseAt'] as const;

/**
 * Whether the form's schedule differs from the saved one. An unset "Goes out with the issue" is the same as off: a
 * new article's form holds `false` before anything was saved.
 */
export function scheduleChanged(values: ScheduleValues, saved: ScheduleValues): boolean {
  const times = TIME_FIELDS.some((field) => (values[field] ?? null) !== (saved[field] ?? null));
  return times || Boolean(values.releaseWithIssue) !== Boolean(saved.releaseWithIssue);
}

const NOUN = { publishAt: 'publish time', unpublishAt: 'unpublish time', releaseAt: 'release time' } as const;

/**
 * Times the editor just picked (they differ from the saved ones) that are not ahead. The server refuses them
 * (schedule-fields.ts); the panel says so while the editor can still pick again, instead of "due now".
 */
function pastPicks(values: ScheduleValues, saved: ScheduleValues, now: Date): Set<(typeof TIME_FIELDS)[number]> {
  return new Set(TIME_FIELDS.filter((field) => values[field] && values[field] !== saved[field] && new Date(values[field]!) <= now));
}

const DONE = { publish: 'Published', unpublish: 'Taken off the site', release: 'Released' } as const;

/**
 * The panel's sentences for a schedule. `saved` is what the server holds when `values` are the form's: a time picked
 * but already past is then a warning rather than a schedule.
 */
export function describeSchedule(values: ScheduleValues, now: Date, timeZone?: string, saved: ScheduleValues = values): ScheduleLine[] {
  const lines: ScheduleLine[] = [];
  const past = pastPicks(values, saved, now);
  for (const field of past) lines.push({ tone: 'danger', text: `The ${NOUN[field]} has already passed: choose a later date or time.` });
  values = { ...values, ...Object.fromEntries([...past].map((field) => [field, null])) };
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
      text: `Release scheduled for ${when(values.releaseAt)}, with every article ticked to go out with it.`,
    });
  if (values.publishAt) lines.push({ tone: 'success', text: `Scheduled for ${when(values.publishAt)}.` });
  if (values.releaseWithIssue) lines.push({ tone: 'success', text: 'Goes live when its issue is released.' });
  if (values.unpublishAt) lines.push({ tone: 'neutral', text: `Comes off the site ${when(values.unpublishAt)}.` });
  const reports = past.size + (values.scheduleError ? 1 : 0) + (done ? 1 : 0);
  if (lines.length === reports && !done && past.size === 0) {
    lines.push({ tone: 'neutral', text: 'Not scheduled: set a time here to publish automatically, or publish by hand.' });
  }
  return lines;
}
