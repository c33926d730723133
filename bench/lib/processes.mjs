// Starting and stopping the servers a benchmark measures.
import { spawn } from 'node:child_process';

/** Polls `url` until it answers below 500, or throws after `timeoutMs`. */
export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts `command` in its own process group, so `stop` ends it with every child it spawned. */
export function startDetached(command, args, options) {
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  return {
    child,
    stop: () => {
      try {
        process.kill(-child.pid);
      } catch {
        // already gone
      }
    },
  };
}
