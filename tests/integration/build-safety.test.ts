/**
 * The build reads content with the check's own code (src/integrations/content-loader.ts): it publishes
 * what the check accepts exactly as the check read it, and stops, with the check's message,
 * on what the check rejects. Two representative fixtures (a build takes a while): YAML that
 * Astro's own loader read differently, and raw HTML the check refuses.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const folder = mkdtempSync(path.join(tmpdir(), 'build-safety-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function site(name: string, change: (root: string) => void): string {
  const root = path.join(folder, name, 'content');
  cpSync('tests/fixtures/valid/content', root, { recursive: true });
  change(root);
  return root;
}

function run(args: string[], contentRoot: string, outDir?: string) {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1', ...(outDir ? { OUT_DIR: outDir } : {}) },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build and the check agree', () => {
  it('publishes a title that YAML could read as a date or a number as the text it is', () => {
    const root = site('yaml-types', (content) => {
      const file = path.join(content, 'sv/asyl/lma-kortet.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: LMA-kortet', 'title: 2026-11-21').replace('order: 10', 'order: 10\nkeywords: [112, 114 14]'));
    });
    assert.equal(run(['scripts/check-i18n.ts'], root).status, 0, 'the check accepts it');
    const outDir = path.join(folder, 'yaml-types', 'dist');
    const built = run([astro, 'build'], root, outDir);
    assert.equal(built.status, 0, built.output);
    assert.match(readFileSync(path.join(outDir, 'sv/asyl/lma-kortet/index.html'), 'utf8'), /<h1[^>]*>2026-11-21<\/h1>/);
  });

  it('stops on raw HTML the check refuses, with the same message and no stack trace', () => {
    const root = site('script', (content) => {
      const file = path.join(content, 'sv/asyl/lma-kortet.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n<script>alert(1)</script>\n`);
    });
    const checked = run(['scripts/check-i18n.ts'], root);
    assert.equal(checked.status, 1);
    const message = /lma-kortet\.md:14: HTML element <script> is not allowed in content/;
    assert.match(checked.output, message);
    const outDir = path.join(folder, 'script', 'dist');
    const built = run([astro, 'build'], root, outDir);
    assert.equal(built.status, 1, built.output);
    assert.match(built.output, message);
    assert.doesNotMatch(built.output, /\n\s+at .+:\d+:\d+\)?\n/);
  });
});
