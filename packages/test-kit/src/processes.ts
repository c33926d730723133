import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** A child process that keeps its recent output, for error messages when it dies or never answers. */
export type WatchedProcess = ChildProcess & { output: string[] };

/** Starts a child process and keeps its last 200 chunks of output. */
export function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): WatchedProcess {
  const child = Object.assign(spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] }), { output: [] as string[] });
  const keep = (chunk: Buffer) => {
    child.output.push(chunk.toString());
    if (child.output.length > 200) child.output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

/** Starts `command` in its own process group, so `stop` ends it with every child it spawned (`npx next start`). */
export function startDetached(command: string, args: string[], options: SpawnOptions = {}): { child: ChildProcess; stop(): void } {
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  return {
    child,
    stop: () => {
      try {
        process.kill(-child.pid!);
      } catch {
        // already gone
      }
    },
  };
}

/**
 * Polls `url` until it answers below 500, or throws after `timeoutMs`. With the `child` that serves it, fails as soon
 * as that process exits, and says what it printed last.
 */
export async function waitFor(
  url: string,
  { timeoutMs = 60_000, child }: { timeoutMs?: number; child?: ChildProcess & { output?: string[] } } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}\n${child.output?.join('') ?? ''}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms\n${child?.output?.slice(-40).join('') ?? ''}`);
}
