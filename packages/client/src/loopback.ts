/**
 * Loopback names in development. A newcomer opens the admin on http://localhost:1337 or on http://127.0.0.1:1337,
 * whichever the terminal printed or the browser completed; the two are different origins and, for cookies,
 * different sites. Where one app must trust or frame the other, a loopback origin stands for all its names.
 */

// Not [::1]: a Content-Security-Policy source cannot name an IPv6 address, so it could not be trusted anyway.
const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1'];

export const isLoopbackHostname = (hostname: string) => LOOPBACK_HOSTNAMES.includes(hostname);

/** `http://localhost:1337` → the same origin under every loopback name; any other origin → itself alone. */
export function loopbackAliases(url: string): string[] {
  const origin = new URL(url);
  if (!isLoopbackHostname(origin.hostname)) return [origin.origin];
  return LOOPBACK_HOSTNAMES.map((hostname) => {
    const alias = new URL(origin.origin);
    alias.hostname = hostname;
    return alias.origin;
  });
}

/**
 * `url` under the loopback name the browser is using (`browserHostname`), when both are loopback names: a page
 * framed by the admin at 127.0.0.1 must come from 127.0.0.1 too, or its cookies are third-party and refused.
 */
export function onBrowsersLoopbackName(url: string, browserHostname: string | undefined): string {
  const target = new URL(url);
  if (!browserHostname || !isLoopbackHostname(target.hostname) || !isLoopbackHostname(browserHostname)) return url;
  target.hostname = browserHostname;
  return target.toString();
}
