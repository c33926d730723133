import type { StrapiApp } from '@strapi/strapi/admin';
import { IssueDeskPanel } from '../issue-desk/admin/issue-desk-panel';
import { ChecklistPanel } from '../publishing/admin/checklist-panel';
import { SchedulePanel } from '../scheduling/admin/schedule-panel';

export default {
  config: {
    locales: [],
  },
  bootstrap(app: StrapiApp) {
    // The Content Manager's admin APIs are typed as unknown values; check the one we use rather than cast.
    const { apis } = app.getPlugin('content-manager');
    const addEditViewSidePanel = apis.addEditViewSidePanel;
    if (typeof addEditViewSidePanel !== 'function') throw new Error('This Strapi version has no addEditViewSidePanel.');
    addEditViewSidePanel.call(apis, [ChecklistPanel, IssueDeskPanel, SchedulePanel]);
  },
};
