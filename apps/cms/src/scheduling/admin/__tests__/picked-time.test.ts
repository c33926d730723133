import { MORNING_EDITION_HOUR, pickedTime } from '../picked-time';

/** A moment on 6 January 2025 at the given wall-clock time in this process's zone, as the picker builds it. */
const local = (hours: number, minutes: number) => new Date(2025, 0, 6, hours, minutes, 35, 120);

describe('pickedTime', () => {
  it('gives a date picked without a time the morning edition’s hour, not midnight', () => {
    expect(new Date(pickedTime(local(0, 0), null)!).getHours()).toBe(MORNING_EDITION_HOUR);
    expect(pickedTime(local(0, 0), null)).toBe(new Date(2025, 0, 6, MORNING_EDITION_HOUR, 0).toISOString());
  });

  it('keeps midnight once the editor had a time set and chose it', () => {
    expect(pickedTime(local(0, 0), '2025-01-06T09:00:00.000Z')).toBe(new Date(2025, 0, 6, 0, 0).toISOString());
  });

  it('keeps a time picked with the date, to the whole minute', () => {
    expect(pickedTime(local(14, 2), null)).toBe(new Date(2025, 0, 6, 14, 2).toISOString());
  });

  it('clears the schedule when the picker is cleared or holds no valid date', () => {
    expect(pickedTime(undefined, '2025-01-06T09:00:00.000Z')).toBeNull();
    expect(pickedTime(new Date(Number.NaN), null)).toBeNull();
  });
});
