import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isContentPagePath } from '../../src/lib/built-site.ts';
import { hasPageFile } from '../../src/lib/content-files.ts';
import { isListedInSitemap } from '../../src/lib/sitemap.ts';

const root = 'tests/fixtures/valid/content';

describe('page files', () => {
  it('finds a page’s own file, section pages included', () => {
    assert.equal(hasPageFile(root, 'sv', 'asyl'), true);
    assert.equal(hasPageFile(root, 'en', 'asyl/lma-kortet'), true);
    assert.equal(hasPageFile(root, 'en', 'asyl'), false, 'the English section page is a fallback');
  });
});

describe('sitemap', () => {
  const hasFile = (lang: string, slug: string) => hasPageFile(root, lang, slug);
  it('lists real pages, language homes and search pages', () => {
    assert.equal(isListedInSitemap('/en/asyl/lma-kortet/', hasFile), true);
    assert.equal(isListedInSitemap('/ti/', hasFile), true);
    assert.equal(isListedInSitemap('/ti/sok/', hasFile), true);
  });
  it('leaves out fallbacks, the chooser, the 404 page and the editors’ status page', () => {
    assert.equal(isListedInSitemap('/en/asyl/', hasFile), false);
    assert.equal(isListedInSitemap('/', hasFile), false);
    assert.equal(isListedInSitemap('/404/', hasFile), false);
    assert.equal(isListedInSitemap('/sv/om-webbplatsen/oversattningsstatus/', hasFile), false);
  });
});

describe('content pages of a built site', () => {
  it('are the pages readers read, not the chooser, search or status pages', () => {
    assert.equal(isContentPagePath('/ar/om-sverige/'), true);
    assert.equal(isContentPagePath('/ar/'), true);
    assert.equal(isContentPagePath('/'), false);
    assert.equal(isContentPagePath('/ar/sok/'), false);
    assert.equal(isContentPagePath('/ar/om-webbplatsen/oversattningsstatus/'), false);
  });
});
