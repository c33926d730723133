import { getEnv } from '../src/env';

/**
 * What editors may upload: photographs, illustrations and PDFs (print editions). Uploads are served from the CMS's
 * own origin, so HTML and SVG — which a browser runs as a page, scripts included — are refused by their content,
 * whatever their name or declared type says.
 */
const UPLOAD_ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf'];
const UPLOAD_DENIED_TYPES = [
  'image/svg+xml',
  'text/html',
  'application/xhtml+xml',
  'text/xml',
  'application/xml',
  'text/javascript',
  'application/javascript',
];

export default () => ({
  'users-permissions': {
    config: { jwtSecret: getEnv().JWT_SECRET },
  },
  upload: {
    config: { security: { allowedTypes: UPLOAD_ALLOWED_TYPES, deniedTypes: UPLOAD_DENIED_TYPES } },
  },
});
