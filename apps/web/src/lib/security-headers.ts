import { loopbackAliases } from '@masthead/client/loopback';

/** What the site's security headers depend on: where it is served and the CMS whose admin frames its previews. */
export interface SecurityHeaderOptions {
  siteUrl: string;
  /** The CMS origin: its admin shows previews of the site in an iframe, and article images come from its uploads. */
  cmsUrl: string;
  /** `next dev` evaluates code for Fast Refresh; a production build never does. */
  development: boolean;
}

/**
 * The Content-Security-Policy of every page.
 *
 * Scripts: pages are rendered once and served from the cache to every reader, so they cannot carry a per-request
 * nonce, and Next inlines each page's data as inline scripts — hence `'unsafe-inline'`, but no other origin and no
 * `eval`. What keeps an article's text from injecting script is that the site renders rich text as React elements,
 * never as HTML (and refuses `javascript:` links), not this header alone.
 */
export function contentSecurityPolicy({ siteUrl, cmsUrl, development }: SecurityHeaderOptions): string {
  // On a developer's machine the admin may be open on localhost or 127.0.0.1: either frames previews.
  const cms = loopbackAliases(cmsUrl);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...cms],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'self'", ...cms],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (new URL(siteUrl).protocol === 'https:') policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/** The headers every response of the site carries (next.config.ts applies them to every path). */
export function securityHeaders(options: SecurityHeaderOptions): Array<{ key: string; value: string }> {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    // Browsers honour HSTS only over HTTPS, so sending it on plain HTTP (development, tests) is harmless.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
