import type { Core, UID } from '@strapi/strapi';
import { SCHEDULE_FIELD_HINTS } from '../scheduling/field-hints';

/**
 * How each type looks in the admin's Content Manager: field labels and hints, list columns, the edit form's rows.
 * Kept in code so every instance and every fresh database shows editors the same, considered screens.
 */
interface FieldHint {
  label: string;
  description?: string;
  placeholder?: string;
  /** Computed fields are shown but cannot be edited. */
  readOnly?: boolean;
}

interface TypeLayout {
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
  list: string[];
  /** Rows of [field, width in twelfths]. */
  edit: Array<Array<[string, number]>>;
  fields: Record<string, FieldHint>;
}

export const ADMIN_LAYOUTS: Record<string, TypeLayout> = {
  'api::volume.volume': {
    mainField: 'number',
    defaultSortBy: 'number',
    defaultSortOrder: 'DESC',
    list: ['number', 'startYear', 'endYear', 'title'],
    edit: [
      [
        ['number', 4],
        ['startYear', 4],
        ['endYear', 4],
      ],
      [['title', 12]],
      [['description', 12]],
      [['issues', 12]],
    ],
    fields: {
      number: { label: 'Volume number', description: 'Volume 19 is the nineteenth year of the publication.' },
      startYear: { label: 'First year', placeholder: '2024' },
      endYear: { label: 'Last year', description: 'For a school year that spans two calendar years.', placeholder: '2025' },
      title: { label: 'Title', description: 'Optional, e.g. "The centennial year".' },
      description: { label: 'Description' },
      issues: { label: 'Issues', placeholder: 'Add an issue' },
    },
  },
  'api::issue.issue': {
    mainField: 'label',
    defaultSortBy: 'coverDate',
    defaultSortOrder: 'DESC',
    list: ['label', 'title', 'coverDate', 'volume', 'releaseAt'],
    // The release time is set in the Schedule panel beside the form (src/scheduling/admin).
    edit: [
      [
        ['volume', 6],
        ['number', 3],
        ['coverDate', 3],
      ],
      [['title', 12]],
      [['cover', 12]],
      [['editorsNote', 12]],
      // Not the articles relation: its drag handles would not order anything. The Table of contents panel beside
      // the form orders the issue and chooses what goes out with it; an article joins an issue from its own form.
    ],
    fields: {
      label: { label: 'Issue' },
      volume: { label: 'Volume', placeholder: 'Choose a volume' },
      number: { label: 'Issue number', description: 'Unique within the volume.' },
      coverDate: { label: 'Cover date', description: 'The date printed on the cover, e.g. 1 January 2025 for "January 2025".' },
      title: { label: 'Title or theme', description: 'Optional, e.g. "The Elections Issue".' },
      cover: { label: 'Cover image' },
      editorsNote: { label: "Editor's note" },
      ...SCHEDULE_FIELD_HINTS.issue,
    },
  },
  'api::article.article': {
    mainField: 'title',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    // The admin shows section and byline under the headline and adds place and readiness columns (src/article-list).
    list: ['title', 'issue', 'updatedAt'],
    // What a writer writes comes first; then who, where and in which issue. The schedule, and whether the article goes
    // out with its issue, are set in the Schedule panel beside the form. Reading time and first publication are
    // computed: not in the form.
    edit: [
      [['title', 12]],
      [['dek', 12]],
      [['body', 12]],
      [
        ['authors', 6],
        ['section', 6],
      ],
      [
        ['issue', 8],
        ['position', 4],
      ],
      [['cover', 12]],
      [['citations', 12]],
      [
        ['tags', 6],
        ['slug', 6],
      ],
    ],
    fields: {
      title: { label: 'Headline' },
      slug: {
        label: 'URL slug',
        description: 'Follows the headline until the article is published or you type your own; then it stays, so links keep working.',
      },
      dek: { label: 'Dek (summary)', description: 'One or two sentences under the headline; also used by search and feeds.' },
      body: { label: 'Body' },
      authors: { label: 'Byline', description: 'In the order the byline reads.', placeholder: 'Add a writer' },
      issue: { label: 'Issue', placeholder: 'Choose the issue it runs in' },
      position: { label: 'Position in issue', description: '1 opens the table of contents.' },
      section: { label: 'Section', placeholder: 'Choose a section' },
      tags: { label: 'Tags', placeholder: 'Add a tag' },
      cover: { label: 'Cover image' },
      citations: { label: 'Sources cited', description: 'In the order the article lists them.' },
      readingTimeMinutes: { label: 'Reading time (min)', description: 'Computed from the body.', readOnly: true },
      firstPublishedAt: {
        label: 'First published',
        description: 'Set automatically the first time the article goes live.',
        readOnly: true,
      },
      ...SCHEDULE_FIELD_HINTS.article,
      updatedAt: { label: 'Last edited' },
    },
  },
  'api::author.author': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'role', 'classYear', 'email'],
    edit: [
      [
        ['name', 6],
        ['slug', 6],
      ],
      [
        ['role', 6],
        ['classYear', 3],
      ],
      [['email', 6]],
      [['bio', 12]],
      [['avatar', 6]],
      [['articles', 12]],
    ],
    fields: {
      name: { label: 'Name' },
      slug: { label: 'URL slug' },
      role: { label: 'Role', placeholder: 'Staff Writer' },
      bio: { label: 'Bio' },
      avatar: { label: 'Portrait' },
      classYear: { label: 'Class year', description: 'For student staff.', placeholder: '2026' },
      email: { label: 'Email', description: 'Private: never shown on the website or in the public API.' },
      articles: { label: 'Articles' },
    },
  },
  'api::source.source': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'homepageUrl'],
    edit: [
      [
        ['name', 6],
        ['slug', 6],
      ],
      [['homepageUrl', 12]],
      [['description', 12]],
    ],
    fields: {
      name: { label: 'Outlet', placeholder: 'BBC' },
      slug: { label: 'URL slug' },
      homepageUrl: { label: 'Homepage', placeholder: 'https://www.bbc.com' },
      description: { label: 'Description' },
    },
  },
  'api::section.section': {
    mainField: 'name',
    defaultSortBy: 'position',
    defaultSortOrder: 'ASC',
    list: ['name', 'position', 'description'],
    edit: [
      [
        ['name', 6],
        ['slug', 6],
      ],
      [['position', 4]],
      [['description', 12]],
      [['articles', 12]],
    ],
    fields: {
      name: { label: 'Name', placeholder: 'Opinion' },
      slug: { label: 'URL slug' },
      description: { label: 'Description' },
      position: { label: 'Navigation order', description: '1 comes first in the site’s menu.' },
      articles: { label: 'Articles' },
    },
  },
  'api::tag.tag': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'slug'],
    edit: [
      [
        ['name', 6],
        ['slug', 6],
      ],
      [['articles', 12]],
    ],
    fields: {
      name: { label: 'Name' },
      slug: { label: 'URL slug' },
      articles: { label: 'Articles' },
    },
  },
  'api::redirect.redirect': {
    mainField: 'from',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    list: ['from', 'to', 'updatedAt'],
    edit: [
      [
        ['from', 6],
        ['to', 6],
      ],
    ],
    fields: {
      from: {
        label: 'Old path',
        description: 'A path on the website, e.g. /articles/old-slug. Added automatically when a published article’s slug changes.',
      },
      to: { label: 'Redirects to', description: 'Where readers and search engines are sent for good, e.g. /articles/new-slug.' },
      updatedAt: { label: 'Last changed' },
    },
  },
  'api::publication.publication': {
    mainField: 'parentOrganization',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    list: ['parentOrganization', 'contactEmail', 'updatedAt'],
    edit: [
      [['about', 12]],
      [['contactEmail', 6]],
      [
        ['parentOrganization', 6],
        ['parentOrganizationUrl', 6],
      ],
      [['icon', 6]],
    ],
    fields: {
      about: {
        label: 'About the publication',
        description: 'The website’s About page, linked from every page’s footer: who you are, how you work, who pays for it.',
      },
      contactEmail: {
        label: 'Contact email',
        description: 'Where readers write to the editors; linked from every page’s footer.',
        placeholder: 'editors@example.org',
      },
      parentOrganization: { label: 'School or organisation', placeholder: 'Northfield High School' },
      parentOrganizationUrl: { label: 'Its website', placeholder: 'https://www.example.org' },
      icon: {
        label: 'Icon',
        description: 'A square image, at least 512 × 512: the website makes its browser tab icon and phone home-screen icon from it.',
      },
      updatedAt: { label: 'Last changed' },
    },
  },
};

export const COMPONENT_LAYOUTS: Record<string, TypeLayout> = {
  'media.figure': {
    mainField: 'alt',
    defaultSortBy: 'id',
    defaultSortOrder: 'ASC',
    list: ['alt', 'caption'],
    edit: [
      [['image', 12]],
      [['alt', 12]],
      [
        ['caption', 8],
        ['credit', 4],
      ],
    ],
    fields: {
      image: { label: 'Image' },
      alt: {
        label: 'Alt text',
        description: 'What the image shows, for readers who cannot see it. Not a repeat of the caption.',
        placeholder: 'Students in raincoats hold hand-painted signs outside the town hall',
      },
      caption: { label: 'Caption', description: 'Printed under the image: who, what, where, when.' },
      credit: {
        label: 'Credit',
        description: 'Who took or made it; printed with the image. A cover needs one to publish.',
        placeholder: 'Ada Quill / The Heron',
      },
    },
  },
  'article.citation': {
    mainField: 'pageTitle',
    defaultSortBy: 'id',
    defaultSortOrder: 'ASC',
    list: ['source', 'pageTitle'],
    edit: [
      [
        ['source', 6],
        ['accessedOn', 6],
      ],
      [['url', 12]],
      [['pageTitle', 12]],
    ],
    fields: {
      source: { label: 'Outlet', placeholder: 'Choose an outlet (type to search them all)' },
      url: { label: 'Exact URL', placeholder: 'https://www.bbc.com/news/…' },
      pageTitle: { label: 'Page title' },
      accessedOn: { label: 'Accessed on' },
    },
  },
};

/**
 * Applies the layouts over the Content Manager's stored configuration (which also covers fields not named here).
 */
export async function applyAdminLayouts(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, layout] of Object.entries(ADMIN_LAYOUTS)) {
    await applyLayout(contentManager.service('content-types'), strapi.contentType(uid as UID.ContentType), layout);
  }
  for (const [uid, layout] of Object.entries(COMPONENT_LAYOUTS)) {
    await applyLayout(contentManager.service('components'), strapi.components[uid as UID.Component], layout);
  }
}

interface ConfigurationService {
  findConfiguration(
    schema: unknown,
  ): Promise<{ settings: object; metadatas: Record<string, { edit: object; list: object }>; layouts: object }>;
  updateConfiguration(schema: unknown, configuration: unknown): Promise<unknown>;
}

async function applyLayout(service: ConfigurationService, schema: unknown, layout: TypeLayout): Promise<void> {
  const current = await service.findConfiguration(schema);
  const metadatas = { ...current.metadatas };
  for (const [field, hint] of Object.entries(layout.fields)) {
    const existing = metadatas[field] ?? { edit: {}, list: {} };
    metadatas[field] = {
      edit: {
        ...existing.edit,
        label: hint.label,
        description: hint.description ?? '',
        placeholder: hint.placeholder ?? '',
        editable: !hint.readOnly,
      },
      list: { ...existing.list, label: hint.label },
    };
  }
  await service.updateConfiguration(schema, {
    settings: {
      ...current.settings,
      mainField: layout.mainField,
      defaultSortBy: layout.defaultSortBy,
      defaultSortOrder: layout.defaultSortOrder,
    },
    metadatas,
    layouts: {
      ...current.layouts,
      list: layout.list,
      edit: layout.edit.map((row) => row.map(([name, size]) => ({ name, size }))),
    },
  });
}
