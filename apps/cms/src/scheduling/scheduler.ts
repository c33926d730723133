import type { Core } from '@strapi/strapi';
import { runDueSchedules } from './run-due';
import { createScheduleLock } from './schedule-lock';

/**
 * Looks for due schedules every `intervalMs` (one run at a time; the first right after start, which catches up on
 * everything that fell due while the CMS was down). Strapi's cron runs at most once a minute; editors expect a
 * 7:00 release to be live at 7:00, so the scheduler keeps its own timer.
 */
export function startScheduler(strapi: Core.Strapi, intervalMs: number): { stop(): Promise<void> } {
  const withLock = createScheduleLock(strapi);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();

  const tick = () => {
    current = withLock(async () => {
      const outcome = await runDueSchedules(strapi);
      const done = outcome.published.length + outcome.unpublished.length + outcome.released.length;
      if (done) {
        strapi.log.info(
          `Scheduler: published ${outcome.published.length}, unpublished ${outcome.unpublished.length}, released ${outcome.released.length} issue(s).`,
        );
      }
    })
      .catch((error: unknown) => strapi.log.error(`Scheduler run failed; retrying next tick: ${(error as Error).stack ?? error}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
