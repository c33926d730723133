import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CMS is a separate app; @masthead/client ships compiled ESM, nothing to transpile.
};

export default config;
