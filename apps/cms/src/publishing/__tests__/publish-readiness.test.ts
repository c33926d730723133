import { publishProblems, publishProblemsMessage } from '../publish-readiness';

const ready = {
  title: 'Night buses return',
  dek: 'Routes come back.',
  authors: [{ id: 1 }],
  issue: { id: 4 },
  cover: { alt: 'A bus at night', credit: 'Ada Quill / The Heron' },
};

describe('publishProblems', () => {
  it('finds nothing wrong with a complete article, with or without a cover', () => {
    expect(publishProblems(ready)).toEqual([]);
    expect(publishProblems({ ...ready, cover: null })).toEqual([]);
  });

  it.each<[string, object, string]>([
    ['no byline', { authors: [] }, 'add at least one author to the byline'],
    ['authors not loaded as a list', { authors: null }, 'add at least one author to the byline'],
    ['no issue', { issue: null }, 'choose the issue it appears in'],
    ['a blank summary', { dek: '   ' }, 'write its summary'],
    ['a cover without alt text', { cover: { alt: '', credit: 'Ada Quill' } }, 'describe the cover image in its alt text'],
    ['a cover without a credit', { cover: { alt: 'A bus', credit: ' ' } }, 'credit the cover image (who took or made it)'],
    ['a TK in a credit', { cover: { alt: 'A bus', credit: 'TK' } }, 'fill in every “TK” still in the text'],
    ['a TK in the headline', { title: 'Budget cut by TK percent' }, 'fill in every “TK” still in the text'],
    ['a TKTK in the summary', { dek: 'The board meets TKTK.' }, 'fill in every “TK” still in the text'],
    ['a TK in a caption', { cover: { alt: 'A bus', caption: 'Buses TK', credit: 'Ada Quill' } }, 'fill in every “TK” still in the text'],
    [
      'a TK deep in the body',
      {
        body: [
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Turnout: TK.' }] }] },
        ],
      },
      'fill in every “TK” still in the text',
    ],
  ])('names %s', (_case, change, problem) => {
    expect(publishProblems({ ...ready, ...change })).toEqual([problem]);
  });

  it.each(['tk in lower case', 'a TKO win', 'TKTKs', 'ATK', 'UTK-2'])('takes %j for ordinary text, not a marker', (text) => {
    expect(publishProblems({ ...ready, body: [{ type: 'paragraph', children: [{ type: 'text', text }] }] })).toEqual([]);
  });

  it('names every problem at once, in the order the edit form shows the fields', () => {
    expect(publishProblems({ title: 'x', authors: [], issue: null, dek: '', cover: { alt: null } })).toHaveLength(5);
  });
});

describe('publishProblemsMessage', () => {
  it('reads as one sentence', () => {
    expect(publishProblemsMessage('Night buses', ['add at least one author to the byline'])).toBe(
      '“Night buses” can’t be published yet: add at least one author to the byline.',
    );
    expect(publishProblemsMessage(null, ['a', 'b', 'c'])).toBe('This article can’t be published yet: a, b and c.');
  });
});
