import { Feather } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { articleListColumns } from '../article-list/admin/list-columns';
import { SourcesPanel } from '../citations/admin/sources-panel';
import { IssueDeskPanel } from '../issue-desk/admin/issue-desk-panel';
import { ChecklistPanel } from '../publishing/admin/checklist-panel';
import { SchedulePanel } from '../scheduling/admin/schedule-panel';
import mastheadLogo from './extensions/masthead-logo.svg';
import { newsroomDocumentActions } from './named-delete';
import { turnOffStrapiOnboarding } from './strapi-notices';

export default {
  config: {
    locales: [],
    // A newsroom, not a Strapi install: no video tutorials, no Strapi release notices, Masthead's words where an
    // editor logs in and lands.
    tutorials: false,
    auth: { logo: mastheadLogo },
    menu: { logo: mastheadLogo },
    head: { favicon: mastheadLogo },
    notifications: { releases: false },
    translations: {
      en: {
        'Auth.form.welcome.title': 'Welcome to Masthead',
        'Auth.form.welcome.subtitle': 'Log in to your newsroom',
        'app.components.LeftMenu.navbrand.title': 'Masthead',
        'app.components.LeftMenu.navbrand.workplace': 'Newsroom',
        'HomePage.header.subtitle': 'Your newsroom: articles, issues and what is scheduled.',
        // Plain words for Strapi's jargon; each relation field also has its own placeholder ("Choose a section").
        'content-manager.relation.add': 'Choose…',
        'content-manager.relation.create': 'Create a new one',
        'content-manager.relation.notAvailable': 'Nothing found: check the spelling, or create a new one',
        'content-manager.HeaderLayout.button.label-add-entry': 'New',
        'content-manager.containers.edit.title.new': 'New draft',
        'app.components.ToggleCheckbox.on-label': 'Yes',
        'app.components.ToggleCheckbox.off-label': 'No',
      },
    },
  },
  register(app: StrapiApp) {
    turnOffStrapiOnboarding();
    // The newsroom first on the home page: the current issue's readiness, my drafts, what is scheduled.
    app.widgets.register((widgets) => [
      {
        id: 'masthead-newsroom',
        icon: Feather,
        title: { id: 'masthead.widget.newsroom.title', defaultMessage: 'Newsroom' },
        component: async () => (await import('../dashboard/admin/newsroom-widget')).default,
      },
      ...widgets,
    ]);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', articleListColumns);
    // The Content Manager's admin APIs are typed as unknown values; check the one we use rather than cast.
    const { apis } = app.getPlugin('content-manager');
    const addEditViewSidePanel = apis.addEditViewSidePanel;
    if (typeof addEditViewSidePanel !== 'function') throw new Error('This Strapi version has no addEditViewSidePanel.');
    addEditViewSidePanel.call(apis, [ChecklistPanel, IssueDeskPanel, SchedulePanel, SourcesPanel]);
    // The edit view's "…" menu and the list's row menus are the Content Manager's document actions.
    const addDocumentAction = apis.addDocumentAction;
    if (typeof addDocumentAction !== 'function') throw new Error('This Strapi version has no addDocumentAction.');
    addDocumentAction.call(apis, newsroomDocumentActions);
  },
};
