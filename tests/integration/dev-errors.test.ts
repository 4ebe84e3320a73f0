/**
 * `npm run dev` checks content again when a file is saved: the terminal shows the check's
 * message, the page answers with that error (Astro's overlay shows it in the browser) instead
 * of wrong content, and the page comes back once the file is fixed.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const port = 5000 + Math.floor(Math.random() * 1000);
const folder = mkdtempSync(path.join(tmpdir(), 'dev-errors-'));
const root = path.join(folder, 'content');
const page = path.join(root, 'sv/asyl/lma-kortet.md');
let server: ChildProcess;
let log = '';

const url = `http://localhost:${port}/sv/asyl/lma-kortet/`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => Promise<boolean> | boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return;
    await sleep(500);
  }
  assert.fail(`timed out waiting for ${what}\n${log}`);
}

before(async () => {
  cpSync('tests/fixtures/valid/content', root, { recursive: true });
  server = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    env: { ...process.env, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitFor(() => /watching for file changes/.test(log), 'the dev server', 120_000);
});
after(() => {
  if (server.pid) process.kill(-server.pid);
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('reports a mistake the moment the file is saved, and shows the page again once fixed', async () => {
    assert.equal((await fetch(url)).status, 200);
    const valid = readFileSync(page, 'utf8');
    writeFileSync(page, valid.replace('updated: 2026-11-21', 'updated: 2026-02-30'));
    const message = /lma-kortet\.md:4: invalid frontmatter field `updated`: 2026-02-30 is not a day of the calendar\n {2}→ /;
    await waitFor(() => message.test(log), 'the message in the terminal');
    await waitFor(async () => (await fetch(url)).status === 500, 'the page to show the error');
    assert.match(await (await fetch(url)).text(), /<title>ContentProblems<\/title>/, 'Astro’s overlay shows our error, not the page');

    writeFileSync(page, valid.replace('Ett kort med ditt foto.', 'Ett kort med ditt foto, rättat.'));
    await waitFor(async () => {
      const response = await fetch(url);
      return response.status === 200 && (await response.text()).includes('rättat');
    }, 'the fixed page');
  });
});
