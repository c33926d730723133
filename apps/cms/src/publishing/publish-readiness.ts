import { blocksToPlainText } from '../content/blocks';

/**
 * What an article needs before readers may see it. The same rules hold for a publish by hand, by the scheduler and
 * by an issue's release, and the admin's Publish checklist panel shows them as they stand while the editor types:
 * this module is the one place they are written (no Strapi imports, so the admin bundle imports it as it is).
 */
export interface ArticleDraft {
  title?: string | null;
  dek?: string | null;
  /** The body's blocks. */
  body?: unknown[] | null;
  authors?: unknown[] | null;
  issue?: unknown | null;
  cover?: { alt?: string | null; caption?: string | null; credit?: string | null } | null;
}

/**
 * "TK" ("to come") is how newsrooms mark a fact still to be filled in, written so that it stands out and no word
 * contains it; "TKTK" too. Capitals only, a word of its own: "tk" or "TKO" are not markers.
 */
const TO_COME = /(?<![A-Za-z0-9])(?:TK)+(?![A-Za-z0-9])/;

function leavesNothingToCome(article: ArticleDraft): boolean {
  const { cover } = article;
  const texts = [article.title, article.dek, cover?.alt, cover?.caption, cover?.credit, blocksToPlainText(article.body ?? [])];
  return !texts.some((text) => text && TO_COME.test(text));
}

interface PublishRule {
  /** What the checklist shows, done or not. */
  label: string;
  /** What the refusal asks the editor to do when it is not done. */
  todo: string;
  done(article: ArticleDraft): boolean;
}

/** In the order the edit form shows the fields. */
const PUBLISH_RULES: readonly PublishRule[] = [
  { label: 'A byline', todo: 'add at least one author to the byline', done: (article) => Boolean(article.authors?.length) },
  { label: 'An issue', todo: 'choose the issue it appears in', done: (article) => Boolean(article.issue) },
  { label: 'A summary', todo: 'write its summary', done: (article) => Boolean(article.dek?.trim()) },
  {
    label: 'Alt text for the cover image',
    todo: 'describe the cover image in its alt text',
    // An article without a cover has nothing to describe.
    done: (article) => !article.cover || Boolean(article.cover.alt?.trim()),
  },
  {
    label: 'A credit for the cover image',
    todo: 'credit the cover image (who took or made it)',
    // Readers, and the people whose work it is, are owed the name; the website prints it under the image.
    done: (article) => !article.cover || Boolean(article.cover.credit?.trim()),
  },
  { label: 'No “TK” left in the text', todo: 'fill in every “TK” still in the text', done: leavesNothingToCome },
];

export interface ChecklistItem {
  label: string;
  todo: string;
  done: boolean;
}

/** Every rule with whether the article meets it: the admin's checklist. */
export function publishChecklist(article: ArticleDraft): ChecklistItem[] {
  return PUBLISH_RULES.map(({ label, todo, done }) => ({ label, todo, done: done(article) }));
}

/** What is still to do before the article may be published (empty when it may). */
export function publishProblems(article: ArticleDraft): string[] {
  return publishChecklist(article)
    .filter((item) => !item.done)
    .map((item) => item.todo);
}

/** "“Title” can’t be published yet: add …, choose … and write …." */
export function publishProblemsMessage(title: string | null | undefined, problems: readonly string[]): string {
  const list = problems.length === 1 ? problems[0] : `${problems.slice(0, -1).join(', ')} and ${problems[problems.length - 1]}`;
  return `${title ? `“${title}”` : 'This article'} can’t be published yet: ${list}.`;
}
