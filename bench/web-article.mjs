#!/usr/bin/env node
// How fast the website serves an article page, against the ceiling of serving the same bytes as a static file.
// Builds the website against a running CMS, starts `next start`, renders one article (ISR), saves its HTML, serves
// that file with nginx (one worker, like Next's one process), and loads both alternately with autocannon in one
// run. Then measures the first-load JavaScript (gzip) of each kind of page, as a browser fetches it.
//
//   npm run dev            # or any CMS with content, then in another terminal:
//   CMS_URL=http://localhost:1337 npm run bench:web
//
// Env: CMS_URL (default http://localhost:1337), DURATION seconds per round (10), ROUNDS (3), CONNECTIONS (50),
// SKIP_BUILD=1 to reuse apps/web/.next.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort, startDetached, waitFor, WEB_DIR } from '@masthead/test-kit';
import autocannon from 'autocannon';

const CMS_URL = process.env.CMS_URL ?? 'http://localhost:1337';
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);

async function cmsJson(pathname) {
  const response = await fetch(new URL(pathname, CMS_URL));
  if (!response.ok) throw new Error(`The CMS at ${CMS_URL} answered ${response.status} for ${pathname}; is it running?`);
  return response.json();
}

const load = (url) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION }, (error, result) => (error ? reject(error) : resolve(result)));
  });

const webPort = await freePort();
const nginxPort = await freePort();
const webEnv = { ...process.env, NODE_ENV: 'production', CMS_URL, SITE_URL: `http://127.0.0.1:${webPort}`, NEXT_TELEMETRY_DISABLED: '1' };

const {
  data: [article],
} = await cmsJson('/api/articles?pagination[pageSize]=1&fields[0]=slug&sort[0]=firstPublishedAt:desc');
const [
  {
    data: [issue],
  },
  {
    data: [author],
  },
  {
    data: [section],
  },
] = await Promise.all([
  cmsJson('/api/issues?pagination[pageSize]=1&sort[0]=coverDate:desc'),
  cmsJson('/api/authors?pagination[pageSize]=1'),
  cmsJson('/api/sections?pagination[pageSize]=1'),
]);

if (!process.env.SKIP_BUILD) {
  console.error('Building the website…');
  execFileSync('npx', ['next', 'build'], { cwd: WEB_DIR, env: webEnv, stdio: ['ignore', 'ignore', 'inherit'] });
}
const next = startDetached('npx', ['next', 'start', '--port', String(webPort), '--hostname', '127.0.0.1'], { cwd: WEB_DIR, env: webEnv });
const articleUrl = `http://127.0.0.1:${webPort}/articles/${article.slug}`;
let nginx;
try {
  await waitFor(articleUrl);
  const html = await (await fetch(articleUrl)).text();

  // nginx serves the saved page at the same path, uncompressed like Next's answer to a client without gzip.
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-bench-'));
  chmodSync(dir, 0o755);
  writeFileSync(path.join(dir, 'article.html'), html);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:${nginxPort};
    location / { default_type text/html; root ${dir}; try_files /article.html =404; }
  }
}
`,
  );
  nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const staticUrl = `http://127.0.0.1:${nginxPort}/articles/${article.slug}`;
  await waitFor(staticUrl);

  console.error(
    `Article page: ${(html.length / 1024).toFixed(1)} KiB; ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections each.`,
  );
  // Warm both (JIT, ISR cache, file cache) before anything counts.
  for (const url of [articleUrl, staticUrl])
    await new Promise((resolve, reject) =>
      autocannon({ url, connections: CONNECTIONS, duration: 3 }, (error) => (error ? reject(error) : resolve())),
    );
  const rows = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [name, url] of [
      ['next start', articleUrl],
      ['nginx, same HTML', staticUrl],
    ]) {
      const result = await load(url);
      rows.push({
        round,
        name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    }
  }
  console.log(`\n| round | server | requests/s | p50 | p99 | errors |\n| --- | --- | --- | --- | --- | --- |`);
  for (const row of rows)
    console.log(`| ${row.round} | ${row.name} | ${Math.round(row.rps)} | ${row.p50} ms | ${row.p99} ms | ${row.errors} |`);
  const mean = (name, key) => rows.filter((row) => row.name === name).reduce((sum, row) => sum + row[key], 0) / ROUNDS;
  console.log(
    `\nnext start / nginx: ${((100 * mean('next start', 'rps')) / mean('nginx, same HTML', 'rps')).toFixed(1)} % of the static requests/s; p99 ${mean('next start', 'p99').toFixed(1)} ms vs ${mean('nginx, same HTML', 'p99').toFixed(1)} ms`,
  );

  // First-load JavaScript: every script a modern browser loads for the page (`noModule` polyfills are skipped by
  // browsers that run modules), gzipped as a server sends it; split into what every page shares (framework and
  // layout) and what the page adds, as `next build` used to print it.
  const pages = {
    home: '/',
    archive: '/volumes',
    issue: `/volumes/${issue.volume.number}/issues/${issue.number}`,
    article: `/articles/${article.slug}`,
    author: `/authors/${author.slug}`,
    section: `/sections/${section.slug}`,
    search: '/search?q=school',
  };
  const gzipped = new Map();
  const scriptsOf = {};
  for (const [name, pathname] of Object.entries(pages)) {
    const page = await (await fetch(`http://127.0.0.1:${webPort}${pathname}`)).text();
    const tags = [...page.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0]));
    scriptsOf[name] = [...new Set(tags.map((match) => match[1]))];
    for (const src of scriptsOf[name]) {
      if (!gzipped.has(src))
        gzipped.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, `http://127.0.0.1:${webPort}`))).arrayBuffer())).length);
    }
  }
  // Fonts, listed apart from the JavaScript: every font file a page's stylesheets name (woff2 is compressed
  // already, so sizes are as sent) and where it comes from — the site's own origin, or another.
  const fontBytes = new Map();
  const fontsOf = {};
  for (const [name, pathname] of Object.entries(pages)) {
    const base = `http://127.0.0.1:${webPort}${pathname}`;
    const page = await (await fetch(base)).text();
    const sheets = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((match) => /href="([^"]+)"/.exec(match[0])[1]);
    const fonts = new Set();
    for (const sheet of sheets) {
      const sheetUrl = new URL(sheet, base);
      const css = await (await fetch(sheetUrl)).text();
      for (const [, ref] of css.matchAll(/url\(([^)]+\.woff2?)\)/g)) fonts.add(new URL(ref.replace(/["']/g, ''), sheetUrl).href);
    }
    fontsOf[name] = [...fonts];
    for (const font of fonts) {
      if (!fontBytes.has(font)) fontBytes.set(font, (await (await fetch(font)).arrayBuffer()).byteLength);
    }
  }
  const foreign = [...fontBytes.keys()].filter((font) => new URL(font).origin !== `http://127.0.0.1:${webPort}`);
  console.log(`\n| font file | bytes | origin |\n| --- | --- | --- |`);
  for (const [font, bytes] of fontBytes)
    console.log(
      `| \`${path.basename(new URL(font).pathname)}\` | ${(bytes / 1024).toFixed(1)} KiB | ${foreign.includes(font) ? new URL(font).origin : 'the site'} |`,
    );
  console.log(
    `Fonts from another origin: ${foreign.length}. Every page names ${Object.values(fontsOf)
      .map((list) => list.length)
      .join(', ')} font files.`,
  );

  const shared = Object.values(scriptsOf).reduce((common, scripts) => common.filter((src) => scripts.includes(src)));
  const kib = (sources) => `${(sources.reduce((sum, src) => sum + gzipped.get(src), 0) / 1024).toFixed(1)} KiB`;
  console.log(`\nShared by every page: ${shared.length} scripts, ${kib(shared)} (gzip).`);
  console.log(`\n| page | route | first-load JS (gzip) | of which the page's own |\n| --- | --- | --- | --- |`);
  for (const [name, pathname] of Object.entries(pages)) {
    console.log(`| ${name} | \`${pathname}\` | ${kib(scriptsOf[name])} | ${kib(scriptsOf[name].filter((src) => !shared.includes(src)))} |`);
  }
} finally {
  nginx?.kill();
  next.stop();
}
