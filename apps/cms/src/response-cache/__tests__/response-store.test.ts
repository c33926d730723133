import { createMemoryStore, entryKey } from '../response-store';

const v = (generation: number, epoch = 'epoch-a') => ({ epoch, generation });
const answer = (body: string) => ({ type: 'application/json; charset=utf-8', body });

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('entryKey', () => {
  it('names the version and a fixed-length digest of the URL', () => {
    const short = entryKey(v(3), '/api/articles');
    const long = entryKey(v(3), `/api/articles?${'filters[slug][$eq]=x&'.repeat(200)}`);
    expect(short).toMatch(/^epoch-a:3:[\w-]{43}$/);
    expect(long).toHaveLength(short.length);
    expect(entryKey(v(4), '/api/articles')).not.toBe(short);
  });
});

describe('the memory store', () => {
  it('returns what it was given for the same version and URL only', async () => {
    const store = createMemoryStore({ maxBytes: 1_000_000, ttlMs: 60_000 });
    await store.set(v(1), '/api/a', answer('{"a":1}'));
    expect(await store.get(v(1), '/api/a')).toEqual(answer('{"a":1}'));
    expect(await store.get(v(1), '/api/b')).toBeUndefined();
    expect(await store.get(v(1, 'epoch-b'), '/api/a')).toBeUndefined();
  });

  it('forgets everything once a newer generation is seen, and keeps nothing computed under an older one', async () => {
    const store = createMemoryStore({ maxBytes: 1_000_000, ttlMs: 60_000 });
    await store.set(v(1), '/api/a', answer('old'));
    expect(await store.get(v(2), '/api/a')).toBeUndefined();
    // A slow request that started before the change finishes after it: its answer may be stale.
    await store.set(v(1), '/api/a', answer('stale'));
    expect(await store.get(v(1), '/api/a')).toBeUndefined();
    await store.set(v(2), '/api/a', answer('new'));
    expect(await store.get(v(2), '/api/a')).toEqual(answer('new'));
  });

  it('drops answers older than the time to live', async () => {
    const time = clock();
    const store = createMemoryStore({ maxBytes: 1_000_000, ttlMs: 1000, now: time.now });
    await store.set(v(1), '/api/a', answer('x'));
    time.advance(999);
    expect(await store.get(v(1), '/api/a')).toBeDefined();
    time.advance(1);
    expect(await store.get(v(1), '/api/a')).toBeUndefined();
  });

  it('evicts the least recently used answers beyond its size, and never keeps one larger than all of it', async () => {
    const type = answer('').type;
    const size = (body: string) => body.length + type.length;
    const body = 'x'.repeat(100);
    const store = createMemoryStore({ maxBytes: size(body) * 3, ttlMs: 60_000 });
    for (const url of ['/1', '/2', '/3']) await store.set(v(1), url, answer(body));
    await store.get(v(1), '/1'); // now /2 is the least recently used
    await store.set(v(1), '/4', answer(body));
    expect(await store.get(v(1), '/2')).toBeUndefined();
    for (const url of ['/1', '/3', '/4']) expect(await store.get(v(1), url)).toBeDefined();

    await store.set(v(1), '/huge', answer('x'.repeat(size(body) * 3)));
    expect(await store.get(v(1), '/huge')).toBeUndefined();
    expect(await store.get(v(1), '/4')).toBeDefined();
  });
});
