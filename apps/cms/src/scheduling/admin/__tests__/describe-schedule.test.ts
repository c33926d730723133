import { scheduleChanged, describeSchedule, formatWhen, relativeTime } from '../describe-schedule';

const now = new Date('2025-01-06T04:00:00Z');

describe('relativeTime', () => {
  it.each<[number, string]>([
    [3 * 60 * 60 * 1000, 'in 3 hours'],
    [30 * 60 * 60 * 1000, 'in 30 hours'],
    [3 * 24 * 60 * 60 * 1000, 'in 3 days'],
    [45 * 60 * 1000, 'in 45 minutes'],
    [20 * 1000, 'in under a minute'],
    [-2 * 60 * 1000, '2 minutes ago'],
  ])('%d ms ahead reads %j', (ahead, text) => {
    expect(relativeTime(new Date(now.getTime() + ahead), now)).toBe(text);
  });
});

describe('formatWhen', () => {
  it('prints the weekday, day, month and time in the editor’s zone', () => {
    expect(formatWhen(new Date('2025-01-06T07:00:00Z'), 'UTC')).toBe('Mon 6 Jan, 07:00 UTC');
    expect(formatWhen(new Date('2025-01-06T07:00:00Z'), 'Europe/Berlin')).toBe('Mon 6 Jan, 08:00 Berlin time');
    expect(formatWhen(new Date('2025-01-06T07:00:00Z'), 'America/New_York')).toBe('Mon 6 Jan, 02:00 New York time');
    expect(formatWhen(new Date('2025-01-06T07:00:00Z'), 'America/Argentina/Buenos_Aires')).toBe('Mon 6 Jan, 04:00 Buenos Aires time');
  });
});

describe('describeSchedule', () => {
  it('says when a scheduled article goes live and how long that is', () => {
    expect(describeSchedule({ publishAt: '2025-01-06T07:00:00Z' }, now, 'UTC')).toEqual([
      { tone: 'success', text: 'Scheduled for Mon 6 Jan, 07:00 UTC — in 3 hours.' },
    ]);
  });

  it('lists release, unpublish time and a failed run, the failure first', () => {
    const lines = describeSchedule(
      { releaseWithIssue: true, unpublishAt: '2025-02-01T00:00:00Z', scheduleError: 'The scheduled publication … did not happen: …' },
      now,
      'UTC',
    );
    expect(lines.map((line) => line.tone)).toEqual(['danger', 'success', 'neutral']);
    expect(lines[2].text).toBe('Comes off the site Sat 1 Feb, 00:00 UTC — in 26 days.');
  });

  it('describes an issue release', () => {
    expect(describeSchedule({ releaseAt: '2025-01-06T06:30:00Z' }, now, 'UTC')[0].text).toBe(
      'Release scheduled for Mon 6 Jan, 06:30 UTC — in 3 hours, with every article ticked to go out with it.',
    );
  });

  it('says a time already passed is due now', () => {
    expect(describeSchedule({ publishAt: '2025-01-06T03:59:00Z' }, now, 'UTC')[0].text).toBe(
      'Scheduled for Mon 6 Jan, 03:59 UTC (due now).',
    );
  });

  it('says afterwards what the scheduler did and when, instead of "Not scheduled"', () => {
    expect(describeSchedule({ scheduleDone: { kind: 'publish', at: '2025-01-06T07:00:00Z' } }, now, 'America/New_York')).toEqual([
      { tone: 'neutral', text: 'Published by schedule at Mon 6 Jan, 02:00 New York time.' },
    ]);
    const release = describeSchedule({ scheduleDone: { kind: 'release', at: '2025-01-06T07:00:00Z' } }, now, 'UTC');
    expect(release.map((line) => line.text)).toEqual(['Released by schedule at Mon 6 Jan, 07:00 UTC.']);
    const next = describeSchedule(
      { scheduleDone: { kind: 'unpublish', at: '2025-01-06T03:00:00Z' }, publishAt: '2025-01-06T07:00:00Z' },
      now,
      'UTC',
    );
    expect(next.map((line) => line.text)).toEqual([
      'Taken off the site by schedule at Mon 6 Jan, 03:00 UTC.',
      'Scheduled for Mon 6 Jan, 07:00 UTC — in 3 hours.',
    ]);
  });

  it('says how to schedule when nothing is', () => {
    expect(describeSchedule({}, now)).toEqual([{ tone: 'neutral', text: expect.stringMatching(/^Not scheduled/) }]);
    expect(describeSchedule({ scheduleError: 'failed' }, now).map((line) => line.tone)).toEqual(['danger', 'neutral']);
  });
});

describe('scheduleChanged', () => {
  it('sees a time picked or cleared, and a release toggled, but not a new form’s unset toggle', () => {
    expect(scheduleChanged({ releaseWithIssue: false, publishAt: null }, {})).toBe(false);
    expect(scheduleChanged({ publishAt: '2031-01-01T07:00:00.000Z' }, {})).toBe(true);
    expect(scheduleChanged({ publishAt: null }, { publishAt: '2031-01-01T07:00:00.000Z' })).toBe(true);
    expect(scheduleChanged({ releaseWithIssue: true }, { releaseWithIssue: false })).toBe(true);
  });
});

describe('describeSchedule, with the saved schedule beside the form', () => {
  it('warns about a newly picked time that is not ahead, before the server refuses it', () => {
    expect(describeSchedule({ publishAt: '2025-01-06T03:00:00Z', releaseAt: now.toISOString() }, now, 'UTC', {})).toEqual([
      { tone: 'danger', text: 'The publish time has already passed: choose a later date or time.' },
      { tone: 'danger', text: 'The release time has already passed: choose a later date or time.' },
    ]);
  });

  it('reads a saved time that fell due as due, and a time still ahead as scheduled', () => {
    const saved = { publishAt: '2025-01-06T03:00:00Z' };
    expect(describeSchedule({ ...saved, unpublishAt: '2025-01-07T04:00:00Z' }, now, 'UTC', saved).map((line) => line.text)).toEqual([
      'Scheduled for Mon 6 Jan, 03:00 UTC (due now).',
      'Comes off the site Tue 7 Jan, 04:00 UTC — in 24 hours.',
    ]);
  });
});
