import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

export type Budget = 'client' | 'website';

/** Who a request counts against: the website's one budget, or the client address's. */
export interface ClientIdentity {
  key: string;
  budget: Budget;
}

/**
 * Tells requests apart for rate limiting. The address is the connection's peer, or — only when that peer is one of
 * the trusted proxies — the nearest address in X-Forwarded-For that is not one of them (proxy-addr, as Express
 * does it), so a client cannot pick its own budget by sending the header. API tokens of other apps count against
 * their address: a made-up token must not buy a fresh budget.
 */
export function createClientIdentity(options: { trustedProxies: string[]; isWebsite: (authorization: string | undefined) => boolean }) {
  const trust = proxyAddr.compile(options.trustedProxies);
  return (request: IncomingMessage): ClientIdentity => {
    if (options.isWebsite(request.headers.authorization)) return { key: 'website', budget: 'website' };
    return { key: `address:${proxyAddr(request, trust)}`, budget: 'client' };
  };
}
