#!/usr/bin/env node
// How fast `npm run import` brings an archive in: generates ARTICLES plain-text articles in the archive format
// (10 volumes of 10 issues; 2 authors from a staff of 150, 4 sources from 60 outlets, 6–12 paragraphs each), imports
// them into a fresh database with the real command, and reports articles per second — on SQLite, and on PostgreSQL
// when one answers at PG_URL.
//
//   npm run bench:import
//
// Env: ARTICLES (5000), DATABASES (sqlite,postgres), PG_URL (postgres://postgres@127.0.0.1:5432/postgres).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CMS_DIR, REPO_ROOT } from '@masthead/test-kit';

const ARTICLES = Number(process.env.ARTICLES ?? 5000);
const DATABASES = (process.env.DATABASES ?? 'sqlite,postgres').split(',');
const PG_URL = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pg = createRequire(path.join(CMS_DIR, 'package.json'))('pg');

/** Deterministic pseudo-random numbers, so every run imports the same archive. */
let state = 20250101;
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = (items) => items[Math.floor(random() * items.length)];

const FIRST = [
  'Ada',
  'Tomás',
  'Priya',
  'Lena',
  'Jonah',
  'Zoë',
  'Mateo',
  'Aiko',
  'Samir',
  'Grace',
  'Nikolai',
  'Amara',
  'Oscar',
  'Ines',
  'Kofi',
];
const LAST = ['Whitcombe', 'Ferreira', 'Castellanos', 'Osei', 'Lindqvist', 'Ångström', 'Okafor', 'Tanaka', 'Haddad', 'Moreau'];
const STAFF = Array.from(
  { length: 150 },
  (_, index) => `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`,
);
const OUTLETS = [
  'Reuters',
  'BBC',
  'NBC News',
  'Brookings',
  'Defense.gov',
  'NPR',
  'Pew Research Center',
  'The Guardian',
  'NASA',
  'CDC',
  ...Array.from({ length: 50 }, (_, index) => `Northfield Gazette ${index + 1}`),
];
const WORDS =
  'the city council voted on tuesday to restore three night routes cut in 2020 students nurses and cooks said they start or finish work after midnight — “we heard from everyone” said the chair’s office budget board school library robotics debate season'.split(
    ' ',
  );
const MONTHS = ['September', 'October', 'November', 'December', 'January', 'February', 'March', 'April', 'May', 'June'];

function sentence() {
  const words = Array.from({ length: 12 + Math.floor(random() * 14) }, () => pick(WORDS));
  return `${words.join(' ').replace(/^./, (letter) => letter.toUpperCase())}.`;
}

function articleText(index) {
  const volume = 1 + Math.floor(index / (ARTICLES / 10));
  const issue = 1 + (Math.floor(index / (ARTICLES / 100)) % 10);
  const year = 2006 + volume + (issue > 4 ? 1 : 0);
  const authors = [pick(STAFF), pick(STAFF)].filter((name, at, all) => all.indexOf(name) === at);
  const sources = [...new Set(Array.from({ length: 4 }, () => pick(OUTLETS)))];
  const paragraphs = Array.from({ length: 6 + Math.floor(random() * 7) }, () => Array.from({ length: 3 }, sentence).join(' '));
  return [
    `VOLUME ${volume}, ISSUE ${issue}`,
    `${MONTHS[issue - 1]} ${year}`,
    `Section: ${pick(['World', 'Campus', 'Opinion', 'Arts', 'Sports', 'Science'])}`,
    `Archive story ${index + 1}: ${sentence().slice(0, 80)}`,
    `By ${authors.join(' and ')}`,
    '',
    paragraphs.join('\n\n'),
    '',
    `Information retrieved from ${sources.join(', ')}`,
    '',
  ].join('\n');
}

const workDir = mkdtempSync(path.join(tmpdir(), 'masthead-bench-import-'));
const archive = path.join(workDir, 'archive');
mkdirSync(archive);
for (let index = 0; index < ARTICLES; index += 1)
  writeFileSync(path.join(archive, `${String(index + 1).padStart(5, '0')}.txt`), articleText(index));
console.error(`Generated ${ARTICLES} articles in ${archive}.`);

const rows = [];
try {
  for (const database of DATABASES) {
    const env = { ...process.env, MASTHEAD_WEB_URL: '', MASTHEAD_REVALIDATE_SECRET: '', LOG_LEVEL: 'warn' };
    let dropDatabase = async () => {};
    if (database === 'sqlite') Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'import.db') });
    else {
      const admin = new pg.Client({ connectionString: PG_URL });
      try {
        await admin.connect();
      } catch (error) {
        console.error(`Skipping PostgreSQL: ${PG_URL} does not answer (${error.message}).`);
        continue;
      }
      const name = `masthead_bench_import_${process.pid}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(PG_URL);
      url.pathname = `/${name}`;
      Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
      dropDatabase = async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      };
    }
    try {
      console.error(`Importing into ${database}…`);
      const started = Date.now();
      const output = await run('npm', ['run', '--silent', 'import', '--', archive], env);
      const total = (Date.now() - started) / 1000;
      const seconds = Number(/Imported in ([\d.]+) s/.exec(output)?.[1]);
      const created = Number(/articles\s+(\d+) created/.exec(output)?.[1]);
      if (created !== ARTICLES) throw new Error(`expected ${ARTICLES} articles created, the import said:\n${output}`);
      const again = Date.now();
      const rerun = await run('npm', ['run', '--silent', 'import', '--', archive], env);
      const skipped = Number(/skipped\s+(\d+) already imported/.exec(rerun)?.[1]);
      rows.push({ database, created, seconds, total, rerun: (Date.now() - again) / 1000, skipped });
    } finally {
      await dropDatabase();
    }
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

console.log(
  `\n| database | articles | import | articles/s | whole command (boot included) | second run (all skipped) |\n| --- | --- | --- | --- | --- | --- |`,
);
for (const row of rows) {
  console.log(
    `| ${row.database} | ${row.created} | ${row.seconds.toFixed(1)} s | ${(row.created / row.seconds).toFixed(1)} | ${row.total.toFixed(1)} s | ${row.rerun.toFixed(1)} s, ${row.skipped} skipped |`,
  );
}

/** Runs a command, echoing its progress (stderr), and resolves with its standard output. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}
