import { contentSecurityPolicy, securityHeaders } from '../security-headers';

const options = { siteUrl: 'https://ledger.example', cmsUrl: 'https://cms.ledger.example/some/path', development: false };
const directives = (policy: string) => new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  it('lets only the CMS admin (and the site itself) frame the site, for previews', () => {
    expect(directives(contentSecurityPolicy(options)).get('frame-ancestors')).toEqual(["'self'", 'https://cms.ledger.example']);
  });

  it('lets the admin frame previews under either loopback name on a developer machine', () => {
    const local = { siteUrl: 'http://localhost:3000', cmsUrl: 'http://localhost:1337', development: true };
    expect(directives(contentSecurityPolicy(local)).get('frame-ancestors')).toEqual([
      "'self'",
      'http://localhost:1337',
      'http://127.0.0.1:1337',
    ]);
  });

  it('runs no script from another origin and never eval in production', () => {
    const scripts = directives(contentSecurityPolicy(options)).get('script-src');
    expect(scripts).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy({ ...options, development: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('shuts plugins out, pins the base URL and form targets, and loads images from the CMS', () => {
    const policy = directives(contentSecurityPolicy(options));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toContain('https://cms.ledger.example');
  });

  it('upgrades insecure requests only where the site itself is served over HTTPS', () => {
    expect(contentSecurityPolicy(options)).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ ...options, siteUrl: 'http://localhost:3000' })).not.toContain('upgrade-insecure-requests');
  });
});

describe('the security headers', () => {
  it('carry HSTS, nosniff, a referrer policy and the CSP', () => {
    const headers = Object.fromEntries(securityHeaders(options).map(({ key, value }) => [key, value]));
    expect(headers).toMatchObject({
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': contentSecurityPolicy(options),
    });
  });
});
