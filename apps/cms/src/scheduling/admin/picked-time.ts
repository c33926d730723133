/**
 * The hour a schedule takes when an editor picks only a date: the date-time picker would otherwise mean midnight,
 * which for today has already passed and for another day is not when a paper goes out. 07:00 is the morning edition;
 * the time field shows it, so the editor sees it and can change it.
 */
export const MORNING_EDITION_HOUR = 7;

/**
 * The stored value (an ISO string, or null for "not scheduled") for what the picker now holds. A fresh pick that
 * reads 00:00 in the editor's zone is a date without a time; once a time is set, midnight is a choice and kept.
 */
export function pickedTime(picked: Date | undefined, previous: string | null | undefined): string | null {
  if (!picked || Number.isNaN(picked.getTime())) return null;
  const dateOnly = !previous && picked.getHours() === 0 && picked.getMinutes() === 0;
  const at = new Date(picked);
  if (dateOnly) at.setHours(MORNING_EDITION_HOUR, 0, 0, 0);
  at.setSeconds(0, 0);
  return at.toISOString();
}
