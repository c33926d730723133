import { createScheduleLock } from '../../src/scheduling/schedule-lock';
import { useCms } from '../harness/cms';

const cms = useCms({ seed: false, scheduler: false });

/** A run that holds the lock until `finish()`. */
function heldRun() {
  let finish!: () => void;
  let started!: () => void;
  const running = new Promise<void>((resolve) => {
    started = resolve;
  });
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    work: async () => {
      started();
      await done;
    },
    running,
    finish,
  };
}

/** While `holder` runs, `other` skips its run; once the run ends, `other` runs. */
async function expectSkippedWhileHeld(holder: ReturnType<typeof createScheduleLock>, other: ReturnType<typeof createScheduleLock>) {
  const held = heldRun();
  const first = holder(held.work);
  await held.running;
  const overlapping = jest.fn(async () => {});
  expect(await other(overlapping)).toBe(false);
  expect(overlapping).not.toHaveBeenCalled();
  held.finish();
  expect(await first).toBe(true);
  expect(await other(overlapping)).toBe(true);
  expect(overlapping).toHaveBeenCalledTimes(1);
}

describe('the scheduler’s lock', () => {
  it('skips a run that would overlap one still running, and is free again after it', async () => {
    const withLock = createScheduleLock(cms.strapi);
    await expectSkippedWhileHeld(withLock, withLock);
  });

  it('is released when a run fails, so the next run goes ahead', async () => {
    const withLock = createScheduleLock(cms.strapi);
    await expect(withLock(async () => Promise.reject(new Error('the run failed')))).rejects.toThrow('the run failed');
    expect(await withLock(async () => {})).toBe(true);
  });

  // SQLite's database file belongs to one instance, so there the lock is this process's flag alone.
  const onPostgres = process.env.MASTHEAD_TEST_DATABASE === 'postgres';
  (onPostgres ? it : it.skip)('is one lock for every CMS instance on the PostgreSQL database', async () => {
    await expectSkippedWhileHeld(createScheduleLock(cms.strapi), createScheduleLock(cms.strapi));
  });
});
