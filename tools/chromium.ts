/**
 * Which Chromium the browser tests, the benchmark and Lighthouse drive, decided in one place:
 * CHROMIUM_PATH when set, else a system Chromium (Debian's, on machines where Playwright cannot
 * download its own), else undefined, meaning Playwright's own browser.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Chrome's own interface, switched off wherever we drive Chromium. Chromium 156 headless (the
 * new headless, which a full Chromium such as Debian's runs) still builds its omnibox popup in a
 * "WebUI Top Renderer" process: 450–630 ms of CPU beside every page load in a Lighthouse trace of
 * /sv/ on a 2-core machine, time the page under test does not get. Playwright's own
 * chromium-headless-shell has no such interface, so on a laptop these change nothing.
 */
export const chromeInterfaceFeatures = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * The features Playwright itself switches off (playwright-core's chromiumSwitches.ts, 1.65).
 * Chrome reads only the last --disable-features switch, and Playwright puts ours after its own, so
 * ours has to repeat its list; tests/unit/chromium.test.ts fails when a Playwright upgrade adds one.
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Arguments for a Chromium that Playwright launches (the browser tests): no network of its own
 * (these machines have none), and Playwright's features plus Chrome's interface switched off in
 * one --disable-features. Measured on phone-navigation.spec.ts with one worker, alternating runs at
 * load average 3–6: 60.7 and 61.9 s with Playwright's list alone, 46.3 and 45.9 s with this one.
 */
export function playwrightChromiumArgs(): string[] {
  return [
    `--disable-features=${[...playwrightDisabledFeatures, ...chromeInterfaceFeatures].join(',')}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

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
