import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, as the browser tests drive it (Playwright's own download cannot run here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
