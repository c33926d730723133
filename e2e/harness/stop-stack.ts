import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';

export default async function stopStack(): Promise<void> {
  const stack = (globalThis as { __mastheadStack?: { cms: ChildProcess; web: ChildProcess; databaseFile: string } }).__mastheadStack;
  if (!stack) return;
  for (const child of [stack.web, stack.cms]) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${stack.databaseFile}${suffix}`, { force: true })));
}
