/**
 * Builds a small fixture site and reads what readers get: an outdated translation says so and
 * links to the Swedish original, a machine translation says so, a missing one is a fallback
 * page in Swedish; and a content mistake stops the build with file, line and what to do.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const folder = mkdtempSync(path.join(tmpdir(), 'fixture-site-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function build(contentRoot: string, outDir: string) {
  const result = spawnSync(process.execPath, [astro, 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: contentRoot, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a built fixture site', () => {
  const outDir = path.join(folder, 'dist');
  const page = (pathname: string) => readFileSync(path.join(outDir, pathname, 'index.html'), 'utf8');

  before(() => {
    cpSync('tests/fixtures/valid', folder, { recursive: true });
    const swedish = path.join(folder, 'content/sv/asyl/lma-kortet.md');
    // Three sections, so the page has a table of contents (a fallback's must be Swedish throughout).
    writeFileSync(swedish, `${readFileSync(swedish, 'utf8').replace('Ett kort med ditt foto.', 'Ett kort med ditt foto och ditt namn.')}\n## Visa kortet {#visa-kortet}\n\nVisa kortet.\n\n## Tappat kort {#tappat-kort}\n\nRing Migrationsverket.\n`);
    const result = build(path.join(folder, 'content'), outDir);
    assert.equal(result.status, 0, result.output);
  });

  it('tells readers of an outdated translation and links to the Swedish original', () => {
    const html = page('en/asyl/lma-kortet');
    assert.match(html, /data-notice="outdated"[^]*?href="\/sv\/asyl\/lma-kortet\/"/);
    assert.match(html, /data-notice="machine"/);
    assert.match(html, /<main [^>]*\bdata-pagefind-body\b/, 'a real translation is indexed for search');
  });

  it('builds a missing translation as a Swedish fallback with a notice', () => {
    const html = page('ar/asyl/lma-kortet');
    assert.match(html, /<html lang="ar" dir="rtl" data-script="arabic">/);
    assert.match(html, /data-notice="fallback"/);
    assert.match(html, /href="\/en\/asyl\/lma-kortet\/" hreflang="en"/);
    assert.match(html, /<div class="prose" lang="sv" dir="ltr" data-script="latin">/);
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(html, /data-pagefind-body/);
  });

  it('writes a fallback’s table of contents in Swedish throughout, and its breadcrumb says “in Swedish”', () => {
    const html = page('ar/asyl/lma-kortet');
    const toc = /<nav class="toc"[^>]*>[^]*?<\/nav>/.exec(html)?.[0] ?? '';
    assert.match(toc, /^<nav class="toc"[^>]* lang="sv" dir="ltr" data-script="latin"/, 'the whole list, heading included, is Swedish');
    assert.match(toc, /href="#visa-kortet"/);
    assert.doesNotMatch(toc, /dir="rtl"/, 'no right-to-left part inside the Swedish list');
    const strings = JSON.parse(readFileSync('src/i18n/strings/ar.json', 'utf8')) as Record<string, string>;
    const current = /<a [^>]*aria-current="page"[^>]*>[^]*?<\/a>/.exec(/<nav class="breadcrumbs"[^]*?<\/nav>/.exec(html)?.[0] ?? '')?.[0] ?? '';
    assert.match(current, /<span lang="sv" dir="ltr" data-script="latin">LMA-kortet<\/span>/);
    assert.ok(current.includes(strings['marker.inSwedish']!), `the breadcrumb says “${strings['marker.inSwedish']}”: ${current}`);
  });

  it('makes language-less links stay in the reader’s language', () => {
    assert.match(page('ar/asyl'), /href="lma-kortet\/#vad-kortet-ar"/);
    assert.match(page('ar/asyl/lma-kortet'), /href="\.\.\/"/);
  });
});

describe('a content mistake', () => {
  it('stops the build with the file, the line and what to do, without a stack trace', () => {
    const result = build(path.resolve('tests/fixtures/dead-link/content'), path.join(folder, 'dist-broken'));
    assert.equal(result.status, 1);
    assert.match(result.output, /tests\/fixtures\/dead-link\/content\/sv\/a\.md:12: link to a page that does not exist: \/finns-inte\//);
    assert.match(result.output, /→ Check the path/);
    assert.doesNotMatch(result.output, /\n\s+at .+:\d+:\d+\)?\n/);
  });
});
