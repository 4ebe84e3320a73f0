import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { chromeInterfaceFeatures, playwrightChromiumArgs, playwrightDisabledFeatures } from '../../tools/chromium.ts';

/**
 * The features the installed Playwright switches off, read from its source: Chrome honours only the
 * last --disable-features, so ours must carry every one of them or the tests would run a browser
 * Playwright did not mean to drive.
 */
function installedPlaywrightFeatures(): string[] {
  const root = path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const candidates = ['lib/coreBundle.js', 'lib/server/chromium/chromiumSwitches.js'].map((file) => path.join(root, file)).filter((file) => existsSync(file));
  for (const file of candidates) {
    const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(readFileSync(file, 'utf8'))?.[1];
    if (list) return [...list.replace(/\/\/.*$/gm, '').matchAll(/["']([^"']+)["']/g)].map((match) => match[1]!);
  }
  assert.fail(`Playwright's list of disabled Chrome features was not found in ${root}; compare tools/chromium.ts with chromiumSwitches.ts by hand and update this test.`);
}

describe('the Chromium the browser tests drive', () => {
  it('keeps every feature the installed Playwright switches off', () => {
    const missing = installedPlaywrightFeatures().filter((feature) => !playwrightDisabledFeatures.includes(feature));
    assert.deepEqual(missing, [], `add these to playwrightDisabledFeatures in tools/chromium.ts: ${missing.join(', ')}`);
  });

  it('passes one --disable-features with Playwright\'s list and Chrome\'s interface', () => {
    const switches = playwrightChromiumArgs().filter((arg) => arg.startsWith('--disable-features='));
    assert.equal(switches.length, 1);
    const features = switches[0]!.slice('--disable-features='.length).split(',');
    for (const feature of [...playwrightDisabledFeatures, ...chromeInterfaceFeatures]) assert.ok(features.includes(feature), feature);
  });
});
