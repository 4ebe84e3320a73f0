/**
 * Which Chromium the browser tests, the benchmark and Lighthouse drive, decided in one place:
 * CHROMIUM_PATH when set, else a system Chromium (Debian's, on machines where Playwright cannot
 * download its own), else undefined, meaning Playwright's own browser.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** CHROMIUM_PATH or a system Chromium; undefined lets Playwright use its own download. */
export function systemChromium(): string | undefined {
  return process.env.CHROMIUM_PATH ?? systemCandidates.find((candidate) => existsSync(candidate));
}

/** Playwright's own Chromium, when `npx playwright install chromium` has fetched it. */
export function playwrightChromium(): string | undefined {
  try {
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

/** A Chromium binary to launch outside Playwright (Lighthouse), or undefined when there is none. */
export function chromiumPath(): string | undefined {
  return systemChromium() ?? playwrightChromium();
}
