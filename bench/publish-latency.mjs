#!/usr/bin/env node
// How long an editor's change takes to reach readers, end to end on production builds:
//  - publish to live: an editor publishes an edit of a cached article page → the public page shows it;
//  - scheduling accuracy: an article's publish time arrives → its public page, a 404 until then, shows it.
// Starts its own production CMS (`strapi start`, SQLite, the sample publication) telling its own website
// (`next build` + `next start`) about changes, and drives the CMS's admin API as the admin UI does.
//
//   npm run bench:publish
//
// Env: TRIALS per measurement (20), LEAD_MS how far ahead each article is scheduled (3000), POLL_MS how often the
// reader looks (50), SKIP_BUILD=1 to reuse the CMS's dist and the website's .next.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAdminApi, freePort, REPO_ROOT, startDetached, waitFor, WEB_DIR } from '@masthead/test-kit';
import { startProductionCms } from './lib/cms.mjs';

const TRIALS = Number(process.env.TRIALS ?? 20);
const LEAD_MS = Number(process.env.LEAD_MS ?? 3000);
const POLL_MS = Number(process.env.POLL_MS ?? 50);
/** A trial that has not gone live by then counts as a failure. */
const GIVE_UP_MS = 30_000;
const ADMIN = { email: 'admin@masthead.local', password: `Bench-${randomBytes(6).toString('hex')}` };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const webPort = await freePort();
const webUrl = `http://127.0.0.1:${webPort}`;
const databaseFile = path.join(tmpdir(), `masthead-bench-publish-${randomBytes(4).toString('hex')}.db`);
const revalidateSecret = randomBytes(24).toString('hex');

if (!process.env.SKIP_BUILD) {
  console.error('Building the CMS…');
  execFileSync('npx', ['turbo', 'run', 'build', '--filter=@masthead/cms'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const cms = await startProductionCms({
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: databaseFile,
  MASTHEAD_SEED_SAMPLE: 'true',
  MASTHEAD_ADMIN_EMAIL: ADMIN.email,
  MASTHEAD_ADMIN_PASSWORD: ADMIN.password,
  MASTHEAD_WEB_URL: webUrl,
  MASTHEAD_REVALIDATE_SECRET: revalidateSecret,
});
const cmsUrl = cms.url;
let web;
try {
  const webEnv = {
    ...process.env,
    NODE_ENV: 'production',
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
    REVALIDATE_SECRET: revalidateSecret,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!process.env.SKIP_BUILD) {
    console.error('Building the website…');
    execFileSync('npx', ['next', 'build'], { cwd: WEB_DIR, env: webEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  web = startDetached('npx', ['next', 'start', '--port', String(webPort), '--hostname', '127.0.0.1'], { cwd: WEB_DIR, env: webEnv });
  await waitFor(webUrl);

  const adminFetch = createAdminApi(cmsUrl, ADMIN);
  const articles = (await cmsJson('/api/articles?pagination[pageSize]=20&fields[0]=slug&fields[1]=dek')).data;
  const [latest] = (await cmsJson('/api/issues?pagination[pageSize]=1&sort[0]=coverDate:desc')).data;
  const author = articles[0].authors[0];

  console.error(`Publish to live: ${TRIALS} trials…`);
  const publishLatencies = [];
  for (let trial = 0; trial < TRIALS; trial += 1) {
    const article = articles[trial % articles.length];
    const page = `${webUrl}/articles/${article.slug}`;
    await fetch(page); // cached, as a page readers have visited is
    const marker = `Bench edit ${trial}-${Date.now()}`;
    const base = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await adminFetch(base, { method: 'PUT', body: { dek: `${article.dek} ${marker}` } });
    const publishedAt = Date.now();
    await adminFetch(`${base}/actions/publish`, { method: 'POST' });
    publishLatencies.push(await whenLive(page, (response, html) => response.ok && html.includes(marker), publishedAt));
  }

  console.error(`Scheduling accuracy: ${TRIALS} articles, each scheduled ${LEAD_MS}–${LEAD_MS + 1000} ms ahead…`);
  // The admin takes a time picked in its form as that whole minute (src/scheduling/schedule-fields.ts), which would
  // lock every trial to one phase of the scheduler's tick: the time is set through the REST API, as another app
  // scheduling an article would, which keeps the seconds. The draft itself is written in the admin.
  const tokenResponse = await adminFetch('/admin/api-tokens', {
    method: 'POST',
    body: { name: `bench ${Date.now()}`, type: 'full-access', lifespan: null },
  });
  const token = (await tokenResponse.json()).data.accessKey;
  const scheduleLatencies = [];
  for (let trial = 0; trial < TRIALS; trial += 1) {
    const slug = `bench-scheduled-${trial}-${Date.now()}`;
    // A random part of a second more, so the due times do not lock into phase with the scheduler's ticks.
    const due = Date.now() + LEAD_MS + Math.round(Math.random() * 1000);
    const draft = await adminFetch('/content-manager/collection-types/api::article.article', {
      method: 'POST',
      body: {
        title: `Scheduled for the benchmark ${trial}`,
        slug,
        dek: 'An article the publish benchmark schedules.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Scheduled text.' }] }],
        authors: { connect: [{ id: author.id, documentId: author.documentId }] },
        issue: { connect: [{ id: latest.id, documentId: latest.documentId }] },
      },
    });
    const { documentId } = (await draft.json()).data;
    const scheduled = await fetch(`${cmsUrl}/api/articles/${documentId}?status=draft`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { publishAt: new Date(due).toISOString() } }),
    });
    if (!scheduled.ok) throw new Error(`Scheduling ${slug} answered ${scheduled.status}: ${await scheduled.text()}`);
    const page = `${webUrl}/articles/${slug}`;
    const early = await fetch(page);
    if (early.status !== 404) throw new Error(`${page} answered ${early.status} before its publish time`);
    scheduleLatencies.push(await whenLive(page, (response) => response.ok, due));
  }

  console.log(`\n| measurement | trials | p50 | p95 | max | failed |\n| --- | --- | --- | --- | --- | --- |`);
  for (const [name, latencies] of [
    ['publish → public page shows the edit', publishLatencies],
    [`publish time → public page live (scheduled ${LEAD_MS / 1000}–${LEAD_MS / 1000 + 1} s ahead)`, scheduleLatencies],
  ]) {
    const measured = latencies.filter((latency) => latency !== null).sort((a, b) => a - b);
    const at = (share) => (measured.length ? `${measured[Math.min(measured.length - 1, Math.ceil(share * measured.length) - 1)]} ms` : '–');
    console.log(`| ${name} | ${latencies.length} | ${at(0.5)} | ${at(0.95)} | ${at(1)} | ${latencies.length - measured.length} |`);
  }
} finally {
  web?.stop();
  cms.stop();
  rmSync(databaseFile, { force: true });
}

/** Polls `url` as a reader until `isLive` holds: milliseconds since `since`, or `null` after GIVE_UP_MS. */
async function whenLive(url, isLive, since) {
  while (Date.now() - since < GIVE_UP_MS) {
    const response = await fetch(url);
    if (isLive(response, await response.text())) return Date.now() - since;
    await sleep(POLL_MS);
  }
  return null;
}

async function cmsJson(pathname) {
  const response = await fetch(new URL(pathname, cmsUrl));
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return response.json();
}
