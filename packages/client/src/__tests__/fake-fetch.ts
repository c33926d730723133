/** A scripted `fetch`: answers each call with the next response and records every requested URL. */
export type Scripted = { status?: number; body?: unknown; text?: string } | Error | 'hang';

export function fakeFetch(...script: Scripted[]) {
  const urls: string[] = [];
  const inits: RequestInit[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    urls.push(String(input));
    inits.push(init);
    const next = script.length > 1 ? script.shift()! : script[0];
    if (next instanceof Error) throw next;
    if (next === 'hang') {
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }
    const text = next.text ?? JSON.stringify(next.body ?? {});
    return new Response(text, { status: next.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, urls, inits };
}

export const noSleep = async () => {};

/** The query part of a recorded URL, decoded for readable assertions. */
export const queryOf = (url: string) => decodeURIComponent(url.slice(url.indexOf('?') + 1));
