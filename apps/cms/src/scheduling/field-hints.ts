/**
 * What the Content Manager tells editors about the schedule fields, kept with the scheduler so the words match what
 * it does. bootstrap/admin-layouts.ts places the fields on each edit screen and types these hints there.
 */
export const SCHEDULE_FIELD_HINTS = {
  issue: {
    releaseAt: {
      label: 'Release at',
      description: 'The issue and its articles marked "Release with the issue" go live together at this time (your time zone).',
    },
  },
  article: {
    publishAt: { label: 'Publish at', description: 'Goes live at this time (your time zone); leave empty to publish by hand.' },
    unpublishAt: { label: 'Unpublish at', description: 'Taken off the site at this time.' },
    releaseWithIssue: { label: 'Release with the issue', description: 'Goes live when its issue is released.' },
  },
};
