/**
 * The test server (scripts/serve.ts): no open redirect, no file left open by an aborted
 * download, a plain 404 when the folder has no 404.html.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const port = 4000 + Math.floor(Math.random() * 1000);
const folder = mkdtempSync(path.join(tmpdir(), 'serve-'));
let server: ChildProcess;

before(async () => {
  mkdirSync(path.join(folder, 'sv'));
  writeFileSync(path.join(folder, 'sv/index.html'), '<!doctype html><title>sv</title>');
  writeFileSync(path.join(folder, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 1));
  server = spawn(process.execPath, [path.resolve('scripts/serve.ts'), '--dir', folder, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
});
after(() => {
  server.kill();
  rmSync(folder, { recursive: true, force: true });
});

function fetchRaw(pathname: string): Promise<{ status: number; location: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const openFiles = () => readdirSync(`/proc/${server.pid}/fd`).length;

describe('scripts/serve.ts', () => {
  it('redirects a folder without its slash to a path on the same server, never to another host', async () => {
    assert.deepEqual(await fetchRaw('/sv').then((result) => [result.status, result.location]), [301, '/sv/']);
    for (const attack of ['//evil.example/x%2f..%2f..%2fsv', '//evil.example/..%2fsv', '/%2fevil.example/..%2f..%2fsv']) {
      const result = await fetchRaw(attack);
      if (result.status === 301) {
        assert.ok(result.location?.startsWith('/') && !result.location.startsWith('//'), `${attack} → ${result.location}`);
        assert.ok(!result.location?.includes('evil'), `${attack} → ${result.location}`);
      }
    }
  });

  it('closes the file of every aborted download', async () => {
    const before = openFiles();
    for (let index = 0; index < 40; index++) {
      await new Promise<void>((resolve) => {
        const req = get({ host: '127.0.0.1', port, path: '/big.bin' }, (response) => {
          response.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => resolve());
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(openFiles() - before < 10, `open descriptors grew from ${before} to ${openFiles()}`);
  });

  it('answers a plain 404 when the folder has no 404.html', async () => {
    const result = await fetchRaw('/finns-inte/');
    assert.equal(result.status, 404);
    assert.match(result.body, /Not found/);
    assert.equal((await fetchRaw('/sv/')).status, 200, 'the server is still up');
  });
});
