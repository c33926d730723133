#!/usr/bin/env node
// `npm run import -- [--dry-run] [--draft] <files or folders>`: boots the CMS without its HTTP server, sample seed
// or scheduler, on the database apps/cms/.env names, and imports the archive (see src/archive-import).
const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main() {
  const appDir = path.resolve(__dirname, '..');
  // An import goes into the database as it is: no sample content mixed in, nothing published by the scheduler.
  process.env.MASTHEAD_SEED_SAMPLE = 'false';
  process.env.MASTHEAD_SCHEDULER_ENABLED = 'false';
  process.env.LOG_LEVEL ??= 'warn';
  const app = await compileStrapi({ appDir });
  const { runImportCli } = require(path.join(app.distDir, 'src', 'archive-import', 'cli.js'));
  const { destroyWhenSettled } = require(path.join(app.distDir, 'src', 'database', 'destroy-when-settled.js'));
  process.exitCode = await runImportCli(process.argv.slice(2), {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    boot: () => createStrapi(app).load(),
    shutdown: destroyWhenSettled,
    stdout: (text) => process.stdout.write(text),
    stderr: process.stderr,
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
