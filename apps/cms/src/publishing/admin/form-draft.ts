import type { ArticleDraft } from '../publish-readiness';

/** A relation as the Content Manager's edit form holds it: the saved document says how many, the form what changed. */
type SavedRelation = { count?: number } | null | undefined;
type RelationChanges = { connect?: unknown[]; disconnect?: unknown[] } | null | undefined;

export interface ArticleForm {
  title?: string | null;
  dek?: string | null;
  body?: unknown[] | null;
  authors?: RelationChanges;
  issue?: RelationChanges;
  cover?: { alt?: string | null; caption?: string | null; credit?: string | null } | null;
}

export interface SavedArticle {
  authors?: SavedRelation;
  issue?: SavedRelation;
}

/** How many related documents the field will hold once the form is saved. */
export function relationCountAfterSave(saved: SavedRelation, changes: RelationChanges, single: boolean): number {
  const count = (saved?.count ?? 0) + (changes?.connect?.length ?? 0) - (changes?.disconnect?.length ?? 0);
  return single ? Math.min(Math.max(count, 0), 1) : Math.max(count, 0);
}

/**
 * The article as the publish rules see it (`publish-readiness.ts`), from the edit form as it stands: unsaved typing
 * counts, so the checklist answers while the editor writes. Relations are only counted: the rules ask whether there
 * is a byline and an issue, not which.
 */
export function articleDraftFromForm(values: ArticleForm, saved: SavedArticle | null | undefined): ArticleDraft {
  const placeholders = (count: number) => Array.from({ length: count }, () => true);
  return {
    title: values.title,
    dek: values.dek,
    body: values.body,
    authors: placeholders(relationCountAfterSave(saved?.authors, values.authors, false)),
    issue: relationCountAfterSave(saved?.issue, values.issue, true) > 0 ? true : null,
    cover: values.cover ?? null,
  };
}
