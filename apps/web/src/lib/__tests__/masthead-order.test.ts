import { mastheadOrder } from '../masthead-order';

const person = (name: string, role: string | null) => ({ name, role });

describe('mastheadOrder', () => {
  it('prints the staff as a paper does: editor-in-chief first, editors, writers, photographers, the adviser last', () => {
    const staff = [
      person('Ada Adviser', 'Faculty Adviser'),
      person('Ben Byline', 'Staff Writer'),
      person('Cy Camera', 'Photographer'),
      person('Dee Desk', 'Sports Editor'),
      person('Eve Chief', 'Editor-in-Chief'),
      person('Flo Front', 'Managing Editor'),
      person('Gus Guest', null),
      person('Hal Critic', 'Arts Critic'),
      person('Ida Deputy', 'Deputy Editor'),
    ];
    expect(mastheadOrder(staff).map((each) => each.name)).toEqual([
      'Eve Chief',
      'Flo Front',
      'Ida Deputy',
      'Dee Desk',
      'Ben Byline',
      'Hal Critic',
      'Cy Camera',
      'Gus Guest',
      'Ada Adviser',
    ]);
  });

  it.each(['Editor in Chief', 'Co-Editors-in-Chief', 'editor-in-chief'])('reads %j as the editor-in-chief', (role) => {
    expect(mastheadOrder([person('A', 'News Editor'), person('B', role)])[0].name).toBe('B');
  });

  it('puts an advisor (either spelling) last, even one who also edits', () => {
    expect(mastheadOrder([person('A', 'Advisor and Copy Editor'), person('B', 'Staff Writer')]).map((each) => each.name)).toEqual([
      'B',
      'A',
    ]);
  });

  it('orders people of one rank by name', () => {
    expect(mastheadOrder([person('Zoe', 'News Editor'), person('Amir', 'Opinion Editor')]).map((each) => each.name)).toEqual([
      'Amir',
      'Zoe',
    ]);
  });
});
