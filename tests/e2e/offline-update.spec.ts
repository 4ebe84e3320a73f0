/**
 * A saved guide stays current (issue #15): a small fixture site is built into its own folder
 * and served by a server that logs what it is asked for; a reader saves the Swedish guide, the
 * site is rebuilt with one page changed, and the next visit online updates the saved guide in
 * the background, downloading only the files whose hash changed, and says so. The real dist/
 * is never rebuilt here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { GuideManifest } from '../../src/offline/guide-manifest.ts';
import { contentTypeOf, fileForUrlPath } from '../../tools/static-files.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'offline-update-'));
const outDir = path.join(folder, 'dist');
const changedPage = path.join(folder, 'content/sv/asyl/lma-kortet.md');
const port = 4000 + (process.pid % 1000) + 400;
const origin = `http://127.0.0.1:${port}`;
const sv = JSON.parse(readFileSync(path.resolve('src/i18n/strings/sv.json'), 'utf8')) as Record<string, string>;
let server: Server;
const requested: string[] = [];

function build(): void {
  const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: path.join(folder, 'content'), OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
}

const guide = () => JSON.parse(readFileSync(path.join(outDir, 'offline-files/sv.json'), 'utf8')) as GuideManifest;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cpSync('tests/fixtures/valid', folder, { recursive: true });
  build();
  server = createServer((request, response) => {
    requested.push(new URL(request.url ?? '/', origin).pathname);
    const file = fileForUrlPath(outDir, request.url ?? '/');
    if (file && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'content-type': contentTypeOf(file) });
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    createReadStream(path.join(outDir, '404.html')).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(folder, { recursive: true, force: true });
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
  build();
  const after = guide();
  const beforeHashes = new Map(before.files.map((file) => [file.url, file.hash]));
  const changed = after.files.filter((file) => beforeHashes.get(file.url) !== file.hash).map((file) => file.url).sort();
  expect(changed).toContain('/sv/asyl/lma-kortet/');
  // The guide's size changed, and it is written into every page: that alone must not make pages "changed".
  expect(changed).not.toContain('/sv/');
  expect(changed.length).toBeLessThan(after.files.length / 2);

  requested.length = 0;
  await page.reload();
  await expect(region.getByRole('status')).toContainText(sv['offline.updatedOn']!.split('{{')[0]!, { timeout: 60_000 });
  // Besides the guide's file list, the browser itself checks the worker script for a new version.
  const downloaded = [...new Set(requested.filter((pathname) => !pathname.startsWith('/offline-files/') && pathname !== '/sw.js'))].sort();
  expect(downloaded).toEqual(changed);

  // The updated page reads offline.
  await context.setOffline(true);
  await page.goto(`${origin}/sv/asyl/lma-kortet/`);
  await expect(page.locator('main')).toContainText('Bär det alltid med dig.');
  await context.setOffline(false);
});
