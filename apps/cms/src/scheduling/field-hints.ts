/**
 * What the admin tells editors about the schedule fields, kept with the scheduler so the words match what it does.
 * The Schedule panel (admin/schedule-panel.tsx) is where they are set; bootstrap/admin-layouts.ts names them in lists.
 */
export const SCHEDULE_FIELD_HINTS = {
  issue: {
    releaseAt: {
      label: 'Release at',
      description: 'The issue and its articles ticked “Goes out with the issue” go live together at this time.',
    },
  },
  article: {
    publishAt: { label: 'Publish at', description: 'Goes live at this time; leave empty to publish by hand.' },
    unpublishAt: { label: 'Unpublish at', description: 'Taken off the site at this time.' },
    releaseWithIssue: { label: 'Goes out with the issue', description: 'Goes live when its issue is released.' },
  },
};
