import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { throwawayCmsSecrets } from '@masthead/jest-config/cms-secrets';

export const WEB_DIR = path.resolve(__dirname, '..', '..');
export const CMS_DIR = path.resolve(WEB_DIR, '..', 'cms');
export const NEXT_BIN = require.resolve('next/dist/bin/next', { paths: [WEB_DIR] });
/** The CMS's own `strapi` binary (the package's exports hide its path, so it is taken from node_modules/.bin). */
export const STRAPI_BIN = path.join(CMS_DIR, '..', '..', 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** Polls `url` until it answers `status`, or fails after `timeoutMs` with the process's recent output. */
export async function waitFor(url: string, child: ChildProcess & { output?: string[] }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}\n${child.output?.join('') ?? ''}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms\n${child.output?.slice(-40).join('') ?? ''}`);
}

/** Starts a child process and keeps its output for error messages. */
export function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const child: ChildProcess & { output?: string[] } = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = [];
  const keep = (chunk: Buffer) => {
    child.output!.push(chunk.toString());
    if (child.output!.length > 200) child.output!.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

/** The CMS's first admin (its defaults), for tests that edit content as an editor would. */
export const TEST_ADMIN = { email: 'admin@masthead.local', password: 'Masthead-dev-2025' };

/** The secret the stack's CMS signs revalidation requests and preview links with, and its website checks. */
export const REVALIDATE_SECRET = randomBytes(24).toString('hex');

/** The API token the stack's website reads drafts with in previews (provisioned by the CMS from its env). */
export const PREVIEW_TOKEN = randomBytes(24).toString('hex');

/**
 * Environment of a throwaway production CMS on its own SQLite file, seeded with the sample publication, telling
 * the website at `webUrl` about every change.
 */
export function cmsEnv(port: number, databaseFile: string, webUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...throwawayCmsSecrets(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    MASTHEAD_SEED_SAMPLE: 'true',
    MASTHEAD_ADMIN_EMAIL: TEST_ADMIN.email,
    MASTHEAD_ADMIN_PASSWORD: TEST_ADMIN.password,
    MASTHEAD_WEB_URL: webUrl,
    MASTHEAD_REVALIDATE_SECRET: REVALIDATE_SECRET,
    MASTHEAD_PREVIEW_TOKEN: PREVIEW_TOKEN,
    LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
}
