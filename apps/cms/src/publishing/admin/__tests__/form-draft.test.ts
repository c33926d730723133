import { publishProblems } from '../../publish-readiness';
import { articleDraftFromForm, relationCountAfterSave } from '../form-draft';

describe('relationCountAfterSave', () => {
  it('adds what the form connects to what is saved and takes away what it disconnects', () => {
    expect(relationCountAfterSave({ count: 2 }, { connect: [{}], disconnect: [] }, false)).toBe(3);
    expect(relationCountAfterSave({ count: 2 }, { connect: [], disconnect: [{}, {}] }, false)).toBe(0);
    expect(relationCountAfterSave(undefined, undefined, false)).toBe(0);
  });

  it('holds at most one for a single relation, which a connect replaces', () => {
    expect(relationCountAfterSave({ count: 1 }, { connect: [{}], disconnect: [] }, true)).toBe(1);
    expect(relationCountAfterSave({ count: 1 }, { connect: [], disconnect: [{}] }, true)).toBe(0);
  });
});

describe('articleDraftFromForm', () => {
  const unchanged = { connect: [], disconnect: [] };

  it('is what the server’s rules read: a saved article the editor has not touched is as ready as it is stored', () => {
    const draft = articleDraftFromForm(
      { title: 'Night buses', dek: 'Routes return.', authors: unchanged, issue: unchanged, cover: { alt: 'A bus', credit: 'Ada Quill' } },
      { authors: { count: 2 }, issue: { count: 1 } },
    );
    expect(publishProblems(draft)).toEqual([]);
  });

  it('counts unsaved typing and unsaved relation changes', () => {
    const draft = articleDraftFromForm(
      {
        title: 'Night buses',
        dek: '  ',
        authors: { connect: [], disconnect: [{}] },
        issue: { connect: [{}] },
        cover: { alt: '', credit: 'Ada Quill' },
      },
      { authors: { count: 1 }, issue: { count: 0 } },
    );
    expect(publishProblems(draft)).toEqual([
      'add at least one author to the byline',
      'write its summary',
      'describe the cover image in its alt text',
    ]);
  });

  it('reads a new article, which has no saved document yet', () => {
    expect(publishProblems(articleDraftFromForm({ title: '', dek: null }, undefined))).toEqual([
      'add at least one author to the byline',
      'choose the issue it appears in',
      'write its summary',
    ]);
  });
});
