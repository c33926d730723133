import type { NextConfig } from 'next';
import { env } from './src/env';
import { securityHeaders } from './src/lib/security-headers';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: env.NEXT_DIST_DIR,
  // `next dev` serves its client code only to the origins it knows: the site opened on 127.0.0.1 rather than
  // localhost would otherwise never hydrate.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  // The CMS is a separate app; @masthead/client ships compiled ESM, nothing to transpile.
  async headers() {
    const headers = securityHeaders({
      siteUrl: env.SITE_URL,
      cmsUrl: env.CMS_PUBLIC_URL ?? env.CMS_URL,
      development: env.NODE_ENV !== 'production',
    });
    return [{ source: '/:path*', headers }];
  },
};

export default config;
