import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { builtPagePaths, builtPagesWithRootPages, isContentPagePath, measurePage } from '../../tools/dist.ts';

describe('content pages of a built site', () => {
  it('are the pages readers read, not the chooser, 404, search or status pages', () => {
    assert.equal(isContentPagePath('/ar/om-sverige/'), true);
    assert.equal(isContentPagePath('/ar/'), true);
    assert.equal(isContentPagePath('/'), false);
    assert.equal(isContentPagePath('/404.html'), false);
    assert.equal(isContentPagePath('/ar/sok/'), false);
    assert.equal(isContentPagePath('/ar/om-webbplatsen/oversattningsstatus/'), false);
  });
});

describe('a built site on disk', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'dist-walk-'));
  after(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  };
  write('index.html', '<html></html>');
  write('404.html', '<html></html>');
  write('sv/index.html', '<html><link rel="stylesheet" href="/_astro/a.css"></html>');
  write('sv/asyl/index.html', '<html><script type="module" src="/_astro/OfflineGuide.astro_astro_type_script_index_0_lang.X1.js"></script><script type="module" src="/_astro/Other.Y2.js"></script></html>');
  write('_astro/OfflineGuide.astro_astro_type_script_index_0_lang.X1.js', 'customElements.define("offline-guide", class extends HTMLElement {})');
  write('_astro/Other.Y2.js', 'console.log(1)');
  write('_astro/a.css', 'body { color: red }');
  write('pagefind/fragment/index.html', 'not a page');

  it('lists every page folder, each language\'s 404 page and the root pages included, and skips assets and the search index', () => {
    assert.deepEqual(builtPagePaths(dist), ['/', '/sv/', '/sv/asyl/']);
    assert.deepEqual(builtPagesWithRootPages(dist), ['/', '/sv/', '/sv/asyl/', '/sv/404.html', '/404.html']);
  });

  it('weighs a page as its HTML plus the stylesheets it links', () => {
    const weight = measurePage(dist, '/sv/');
    assert.equal(weight.cssBytes, 'body { color: red }'.length);
    assert.equal(weight.jsBytes, 0);
    assert.ok(weight.compressedBytes > weight.htmlGzipBytes);
  });

  it('tells the offline control’s script from any other script', () => {
    const weight = measurePage(dist, '/sv/asyl/');
    assert.deepEqual(weight.otherScripts, ['/_astro/Other.Y2.js']);
    assert.ok(weight.jsGzipBytes > 0);
  });
});
