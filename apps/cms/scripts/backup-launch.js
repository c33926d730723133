// What `npm run backup` and `npm run restore` share: the CMS booted as a one-off process that changes nothing by
// itself, and the compiled CLI of src/backup.
const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main(command) {
  const appDir = path.resolve(__dirname, '..');
  // An empty database is left empty (a restore goes into it), nothing is published by the scheduler, and the
  // website is not told about anything: a restore writes below the document service anyway, and one process
  // that revalidates hundreds of pages mid-restore would only serve a half-restored site.
  Object.assign(process.env, { MASTHEAD_SEED_SAMPLE: 'false', MASTHEAD_SCHEDULER_ENABLED: 'false', MASTHEAD_WEB_URL: '' });
  process.env.LOG_LEVEL ??= 'warn';
  const app = await compileStrapi({ appDir });
  const cli = require(path.join(app.distDir, 'src', 'backup', 'cli.js'));
  const { destroyWhenSettled } = require(path.join(app.distDir, 'src', 'database', 'destroy-when-settled.js'));
  process.exitCode = await cli[command](process.argv.slice(2), {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    key: process.env.MASTHEAD_BACKUP_KEY || undefined,
    boot: () => createStrapi(app).load(),
    shutdown: destroyWhenSettled,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

function launch(command) {
  main(command).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}

module.exports = { launch };
