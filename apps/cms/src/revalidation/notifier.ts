import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { SIGNATURE_HEADER, signRevalidation, TIMESTAMP_HEADER, type RevalidationRequest } from '@masthead/client/revalidation';
import type { Revalidation } from './affected-tags';

const ATTEMPTS = 4;
const TIMEOUT_MS = 5000;

export interface Notifier {
  /** Sends in the background; never throws. Resolves when delivered or given up (tests and shutdown await it). */
  notify(event: string, revalidation: Revalidation): Promise<void>;
  /** Waits for every request still being sent. */
  drain(): Promise<void>;
}

/**
 * Tells the website which cached pages a committed change made stale: a POST to `<webUrl>/api/revalidate`, signed
 * with HMAC-SHA256 over the timestamp and body, retried with backoff (250 ms × 2ⁿ) on network errors and 5xx.
 * Each change has its own id, so a retried delivery that did arrive is refused as a replay, harmlessly.
 */
export function createNotifier(
  strapi: Core.Strapi,
  options: {
    webUrl: string;
    secret: string;
    /** Awaited before each delivery: what must be true before the website re-reads the CMS. */
    beforeSend?: () => Promise<void>;
    fetch?: typeof fetch;
    sleep?: (ms: number) => Promise<void>;
  },
): Notifier {
  const endpoint = new URL('/api/revalidate', options.webUrl).toString();
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const pending = new Set<Promise<void>>();
  // One warning per outage: a website that is down (or not started yet, as in `npm run dev`) would otherwise log
  // every change the CMS makes meanwhile.
  let unreachable = false;

  async function deliver(request: RevalidationRequest): Promise<void> {
    await options.beforeSend?.();
    const body = JSON.stringify(request);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      // Signed at each attempt: a retry after the backoff must not arrive with an aged timestamp.
      const timestamp = Date.now();
      try {
        const response = await send(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signRevalidation(options.secret, body, timestamp),
          },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (unreachable) {
          unreachable = false;
          strapi.log.info(`The website at ${endpoint} answers again.`);
        }
        if (response.ok || response.status === 409) return;
        if (response.status < 500) {
          strapi.log.error(`Revalidation of ${request.event} refused by the website (${response.status}): ${await response.text()}`);
          return;
        }
      } catch (error) {
        if (attempt === ATTEMPTS && !unreachable) {
          unreachable = true;
          strapi.log.warn(
            `The website at ${endpoint} is unreachable (${(error as Error).message}); its pages refresh on their own schedule until it answers. Further failures are not logged.`,
          );
        }
      }
      if (attempt < ATTEMPTS) await sleep(250 * 2 ** (attempt - 1));
    }
  }

  return {
    notify(event, { tags, paths }) {
      if (tags.length === 0 && paths.length === 0) return Promise.resolve();
      const delivery = deliver({ id: randomUUID(), event, tags, paths }).finally(() => pending.delete(delivery));
      pending.add(delivery);
      return delivery;
    },
    async drain() {
      await Promise.all(pending);
    },
  };
}
