/**
 * A small site of its own for the offline tests that need one (an update after a rebuild, a
 * guide large enough to offer sections): tests/fixtures/valid copied to a temporary folder,
 * optionally with more content, built into its own OUT_DIR and served by a tiny server that logs
 * what it is asked for. The real dist/ is never rebuilt.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GuideManifest } from '../../src/offline/guide-manifest.ts';
import { contentTypeOf, fileForUrlPath } from '../../tools/static-files.ts';

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
    const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: this.contentRoot, OUT_DIR: this.outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
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
