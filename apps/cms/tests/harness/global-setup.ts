import { compileStrapi } from '@strapi/strapi';

/**
 * Compiles the TypeScript app into dist/ once per jest run, so every suite boots the code as it is now. (The admin
 * panel bundle is built by `npm run build`, which turbo runs before `test`.)
 */
export default async function globalSetup(): Promise<void> {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi({ appDir: `${__dirname}/../..` });
}
