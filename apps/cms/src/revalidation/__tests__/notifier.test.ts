import type { Core } from '@strapi/strapi';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRevalidation } from '@masthead/client/revalidation';
import { createNotifier } from '../notifier';

const SECRET = 'a-revalidation-secret-for-the-notifier-tests';
const CHANGE = { tags: ['articles', 'article:night-buses'], paths: ['/articles/night-buses'] };

interface Sent {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** A website that answers each delivery with the next of `answers` (a status, or a network error). */
function website(answers: Array<number | Error>) {
  const sent: Sent[] = [];
  const fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), body: String(init?.body), headers: init?.headers as Record<string, string> });
    const answer = answers.shift() ?? 200;
    if (answer instanceof Error) throw answer;
    return new Response(answer === 200 ? '{"ok":true}' : 'nope', { status: answer });
  });
  return { sent, fetch: fetch as unknown as typeof globalThis.fetch };
}

function setUp(answers: Array<number | Error>, beforeSend?: () => Promise<void>) {
  const log = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  const strapi = { log } as unknown as Core.Strapi;
  const waits: number[] = [];
  const site = website(answers);
  const notifier = createNotifier(strapi, {
    webUrl: 'http://web.test',
    secret: SECRET,
    fetch: site.fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    beforeSend,
  });
  return { notifier, log, waits, sent: site.sent };
}

describe('the revalidation notifier', () => {
  it('posts a signed request the website can verify, naming the change', async () => {
    const { notifier, sent } = setUp([200]);
    await notifier.notify('entry.publish', CHANGE);
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('http://web.test/api/revalidate');
    const verified = verifyRevalidation({
      secret: SECRET,
      body: sent[0].body,
      timestamp: sent[0].headers[TIMESTAMP_HEADER],
      signature: sent[0].headers[SIGNATURE_HEADER],
    });
    expect(verified).toMatchObject({ ok: true, request: { event: 'entry.publish', ...CHANGE } });
    expect(
      verifyRevalidation({
        secret: 'another secret',
        body: sent[0].body,
        timestamp: sent[0].headers[TIMESTAMP_HEADER],
        signature: sent[0].headers[SIGNATURE_HEADER],
      }).ok,
    ).toBe(false);
  });

  it('sends nothing for a change that names no page', async () => {
    const { notifier, sent } = setUp([]);
    await notifier.notify('entry.update', { tags: [], paths: [] });
    expect(sent).toHaveLength(0);
  });

  it('retries network errors and 5xx with backoff (250 ms × 2ⁿ), the same change id each time, signed afresh', async () => {
    const { notifier, sent, waits, log } = setUp([new TypeError('fetch failed'), 502, 503, 200]);
    await notifier.notify('entry.publish', CHANGE);
    expect(sent).toHaveLength(4);
    expect(waits).toEqual([250, 500, 1000]);
    expect(new Set(sent.map(({ body }) => JSON.parse(body).id)).size).toBe(1);
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('stops at 409 (a retried delivery that had arrived) and at a 4xx refusal, which it logs', async () => {
    const replay = setUp([409]);
    await replay.notifier.notify('entry.publish', CHANGE);
    expect(replay.sent).toHaveLength(1);
    expect(replay.log.error).not.toHaveBeenCalled();

    const refused = setUp([401]);
    await refused.notifier.notify('entry.publish', CHANGE);
    expect(refused.sent).toHaveLength(1);
    expect(refused.log.error).toHaveBeenCalledWith(expect.stringContaining('refused by the website (401): nope'));
  });

  it('gives up after four attempts, warns once per outage, and says when the website answers again', async () => {
    const down = () => new TypeError('connect ECONNREFUSED');
    const { notifier, sent, log } = setUp([down(), down(), down(), down(), down(), down(), down(), down(), 200]);
    await notifier.notify('entry.publish', CHANGE);
    await notifier.notify('entry.update', CHANGE);
    expect(sent).toHaveLength(8);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('is unreachable (connect ECONNREFUSED)'));
    await notifier.notify('entry.update', CHANGE);
    expect(log.info).toHaveBeenCalledTimes(1);
    expect(log.info).toHaveBeenCalledWith('The website at http://web.test/api/revalidate answers again.');
  });

  it('awaits beforeSend before each delivery, and drain() waits for every delivery still under way', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { notifier, sent } = setUp([200, 200], () => gate);
    const first = notifier.notify('entry.publish', CHANGE);
    const second = notifier.notify('entry.unpublish', CHANGE);
    let drained = false;
    const draining = notifier.drain().then(() => {
      drained = true;
    });
    await Promise.resolve();
    expect(sent).toHaveLength(0);
    expect(drained).toBe(false);
    release();
    await Promise.all([first, second, draining]);
    expect(sent.map(({ body }) => JSON.parse(body).event)).toEqual(['entry.publish', 'entry.unpublish']);
    expect(drained).toBe(true);
  });
});
