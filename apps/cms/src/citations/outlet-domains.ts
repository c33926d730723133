/**
 * What a pasted address says about its outlet, without fetching it (a server that fetches the URLs editors type is a
 * way into the internal network): its host, the hosts an outlet's homepage could have for it to be the same outlet,
 * and a name to offer for a new outlet. No Strapi imports: the admin's Sources panel uses it as it is.
 */

export type PastedUrl = { ok: true; url: string; host: string } | { ok: false; reason: string };

/** The page's address as cited, or why it cannot be one. */
export function readPastedUrl(text: string): PastedUrl {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: 'Paste the page’s full address, starting with https://' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'A cited page’s address starts with https:// or http://' };
  }
  if (!url.hostname.includes('.')) return { ok: false, reason: 'That address has no domain name (like bbc.com) in it.' };
  return { ok: true, url: url.toString(), host: bareHost(url.hostname) };
}

/** "www.bbc.co.uk" → "bbc.co.uk": a homepage with or without "www." is the same outlet. */
export function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/**
 * The host and each parent domain with at least two labels, most specific first: "news.bbc.co.uk" → news.bbc.co.uk,
 * bbc.co.uk, co.uk. An outlet whose homepage is on any of them (the longest wins) published the page.
 */
export function candidateHosts(host: string): string[] {
  const labels = host.split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}

/** Second-level labels that are part of a country's suffix (bbc.co.uk, abc.net.au), not the outlet's name. */
const SECOND_LEVEL_SUFFIXES = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu']);

/**
 * A name to offer for an outlet not yet known, from its domain: "chalkbeat.org" → "Chalkbeat", "bbc.co.uk" →
 * "Bbc"... which the editor corrects before adding it; a government site keeps its domain ("defense.gov" →
 * "Defense.gov"), as newsrooms cite them.
 */
export function suggestedOutletName(host: string): string {
  const labels = host.split('.');
  const countrySuffix = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL_SUFFIXES.has(labels.at(-2)!);
  const name = labels.at(countrySuffix ? -3 : -2) ?? host;
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return labels.at(-1) === 'gov' ? `${capitalised}.gov` : capitalised;
}
