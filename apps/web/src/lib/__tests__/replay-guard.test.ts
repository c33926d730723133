import { createReplayGuard } from '../replay-guard';

describe('createReplayGuard', () => {
  it('accepts an id once within its lifetime and again after it expired', () => {
    let now = 1000;
    const guard = createReplayGuard(500, () => now);
    expect(guard.firstSight('a')).toBe(true);
    expect(guard.firstSight('a')).toBe(false);
    expect(guard.firstSight('b')).toBe(true);
    now = 1499;
    expect(guard.firstSight('a')).toBe(false);
    now = 1500;
    expect(guard.firstSight('a')).toBe(true);
  });

  it('treats an id as new once it expired, after many others came and went', () => {
    let now = 0;
    const guard = createReplayGuard(10, () => now);
    for (let i = 0; i < 1000; i += 1) {
      now = i * 20;
      expect(guard.firstSight(`id-${i}`)).toBe(true);
    }
    // Every earlier id expired, so an old one is new again: it was dropped.
    expect(guard.firstSight('id-0')).toBe(true);
  });
});
