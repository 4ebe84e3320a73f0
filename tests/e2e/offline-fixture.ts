/**
 * A small site of its own for the offline tests that need one (an update after a rebuild, a
 * guide large enough to offer sections): tests/fixtures/valid copied to a temporary folder,
 * optionally with more content, built into its own OUT_DIR and served by a tiny server that logs
 * what it is asked for. The real dist/ is never rebuilt.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GuideManifest } from '../../src/offline/guide-manifest.ts';
import { contentTypeOf, fileForUrlPath } from '../../tools/static-files.ts';

/**
 * Every build of this project, whatever its CONTENT_ROOT and OUT_DIR, writes its prerender chunks
 * into the project's own `.astro/` folder, so two fixture builds on two Playwright workers at once
 * delete each other's chunks ("Cannot find module …/.astro/.prerender/chunks/…", seen in CI when
 * offline-update and offline-section started together). A folder made with mkdir (atomic: only
 * one process can create it) lets one build run at a time across the worker processes; a lock
 * older than the longest build is left over from a killed run and is taken over.
 */
function oneBuildAtATime<T>(build: () => T): T {
  const project = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
  const lock = path.join(tmpdir(), `fixture-build-${project}.lock`);
  const staleAfterMs = 10 * 60_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        // Released between the two calls: try again at once.
      }
      if (age > staleAfterMs) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 500);
    }
  }
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export class FixtureSite {
  readonly folder = mkdtempSync(path.join(tmpdir(), 'offline-fixture-'));
  readonly contentRoot = path.join(this.folder, 'content');
  readonly outDir = path.join(this.folder, 'dist');
  /** URL paths the server was asked for, in order; tests empty it when they start watching. */
  readonly requested: string[] = [];
  readonly origin: string;
  #server: Server | undefined;
  #copied = false;

  constructor(readonly port: number) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  /** Copied on first use, not when Playwright loads the spec to list its tests. */
  #copyFixture(): void {
    if (this.#copied) return;
    cpSync('tests/fixtures/valid', this.folder, { recursive: true });
    this.#copied = true;
  }

  /** Adds content files (paths relative to the content folder) before a build. */
  addContent(files: readonly { path: string; text: string }[]): void {
    this.#copyFixture();
    for (const file of files) {
      const target = path.join(this.contentRoot, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text);
    }
  }

  build(): void {
    this.#copyFixture();
    const result = oneBuildAtATime(() =>
      spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_ROOT: this.contentRoot, OUT_DIR: this.outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      }),
    );
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  }

  guide(lang: string): GuideManifest {
    return JSON.parse(readFileSync(path.join(this.outDir, 'offline-files', `${lang}.json`), 'utf8')) as GuideManifest;
  }

  async serve(): Promise<void> {
    this.#server = createServer((request, response) => {
      this.requested.push(new URL(request.url ?? '/', this.origin).pathname);
      const file = fileForUrlPath(this.outDir, request.url ?? '/');
      if (file && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, { 'content-type': contentTypeOf(file) });
        createReadStream(file).pipe(response);
        return;
      }
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(path.join(this.outDir, '404.html')).pipe(response);
    });
    const server = this.#server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (server) await new Promise((resolve) => server.close(resolve));
    rmSync(this.folder, { recursive: true, force: true });
  }
}
