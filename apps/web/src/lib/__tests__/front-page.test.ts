import { planFront, SECONDARY_COUNT } from '../front-page';

const stories = (...slugs: string[]) => slugs.map((slug) => ({ slug }));

describe('planFront', () => {
  it('leads with the first story of the issue, then the next three, then the rest', () => {
    const plan = planFront(stories('a', 'b', 'c', 'd', 'e', 'f'), [], 6);
    expect(plan.lead).toEqual({ slug: 'a' });
    expect(plan.secondary).toEqual(stories('b', 'c', 'd'));
    expect(plan.restOfIssue).toEqual(stories('e', 'f'));
    expect(SECONDARY_COUNT).toBe(3);
  });

  it('never prints a story twice: recent stories already in the issue are left out, and the count is kept', () => {
    const plan = planFront(stories('a', 'b'), stories('b', 'x', 'a', 'y', 'z'), 2);
    expect(plan.recent).toEqual(stories('x', 'y'));
    const everySlug = [plan.lead, ...plan.secondary, ...plan.restOfIssue, ...plan.recent].map((story) => story?.slug);
    expect(new Set(everySlug).size).toBe(everySlug.length);
  });

  it('has no lead for an issue without stories, and still shows what was published', () => {
    const plan = planFront([], stories('x'), 6);
    expect(plan).toEqual({ lead: null, secondary: [], restOfIssue: [], recent: stories('x') });
  });
});
