/**
 * A saved guide stays current (issue #15): a small fixture site is built into its own folder
 * and served by a server that logs what it is asked for; a reader saves the Swedish guide, the
 * site is rebuilt with one page changed, and the next visit online updates the saved guide in
 * the background, downloading only the files whose hash changed, and says so. The real dist/
 * is never rebuilt here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FixtureSite } from './offline-fixture.ts';

const site = new FixtureSite(4000 + (process.pid % 1000) + 400);
const origin = site.origin;
const changedPage = path.join(site.contentRoot, 'sv/asyl/lma-kortet.md');
const sv = JSON.parse(readFileSync(path.resolve('src/i18n/strings/sv.json'), 'utf8')) as Record<string, string>;
const guide = () => site.guide('sv');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site.build();
  await site.serve();
});

test.afterAll(async () => {
  await site.close();
});

test('a rebuilt page reaches a saved guide, and only changed files are downloaded', async ({ page, context }) => {
  test.setTimeout(400_000);
  await page.goto(`${origin}/sv/`);
  const region = page.getByRole('region', { name: sv['offline.title']! });
  await region.getByRole('button', { name: sv['offline.save']!, exact: true }).click();
  await expect(region.getByRole('button', { name: sv['offline.remove']! })).toBeVisible({ timeout: 60_000 });
  const before = guide();

  const original = readFileSync(changedPage, 'utf8');
  writeFileSync(changedPage, original.replace('Ett kort med ditt foto.', 'Ett kort med ditt foto. Bär det alltid med dig.'));
  site.build();
  const after = guide();
  const beforeHashes = new Map(before.files.map((file) => [file.url, file.hash]));
  const changed = after.files.filter((file) => beforeHashes.get(file.url) !== file.hash).map((file) => file.url).sort();
  expect(changed).toContain('/sv/asyl/lma-kortet/');
  // The guide's size changed, and it is written into every page: that alone must not make pages "changed".
  expect(changed).not.toContain('/sv/');
  expect(changed.length).toBeLessThan(after.files.length / 2);

  site.requested.length = 0;
  await page.reload();
  await expect(region.getByRole('status')).toContainText(sv['offline.updatedOn']!.split('{{')[0]!, { timeout: 60_000 });
  // Besides the guide's file list, the browser itself checks the worker script for a new version.
  const downloaded = [...new Set(site.requested.filter((pathname) => !pathname.startsWith('/offline-files/') && pathname !== '/sw.js'))].sort();
  expect(downloaded).toEqual(changed);

  // The updated page reads offline.
  await context.setOffline(true);
  await page.goto(`${origin}/sv/asyl/lma-kortet/`);
  await expect(page.locator('main')).toContainText('Bär det alltid med dig.');
  await context.setOffline(false);
});
