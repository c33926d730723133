import type { NextConfig } from 'next';
import { env } from './src/env';
import { securityHeaders } from './src/lib/security-headers';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: env.NEXT_DIST_DIR,
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
