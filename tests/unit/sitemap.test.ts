import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceHashOf } from '../../src/content-files/hash.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { sitemapPaths } from '../../src/site/sitemap.ts';
import { contentFile, sourceFile } from '../support/content-file.ts';

const source = sourceFile('asyl/lma-kortet');
const section = sourceFile('asyl/index');
const english = contentFile('en', 'asyl/lma-kortet', { translation: { source: sourceHashOf(source), method: 'machine' } });
const listed = sitemapPaths(buildSiteModel([source, section, english]).pages);

describe('sitemap', () => {
  it('lists real pages, language homes and search pages', () => {
    assert.ok(listed.has('/sv/asyl/lma-kortet/'));
    assert.ok(listed.has('/en/asyl/lma-kortet/'));
    assert.ok(listed.has('/sv/asyl/'));
    assert.ok(listed.has('/ti/'));
    assert.ok(listed.has('/ti/sok/'));
  });
  it('leaves out fallbacks, the chooser, the 404 page and the editors’ status page', () => {
    assert.ok(!listed.has('/en/asyl/'), 'the English section page is a fallback');
    assert.ok(!listed.has('/ar/asyl/lma-kortet/'), 'the Arabic page is a fallback');
    assert.ok(!listed.has('/'));
    assert.ok(!listed.has('/404.html'));
    assert.ok(!listed.has('/sv/om-webbplatsen/oversattningsstatus/'));
  });
});
