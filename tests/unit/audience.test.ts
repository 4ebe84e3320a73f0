/**
 * The staff part (src/site/audience.ts): published in Swedish and English only. Other languages
 * get no fallback of it and do not count it missing; their readers are not sent there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceHashOf } from '../../src/content-files/hash.ts';
import type { PageData } from '../../src/content-files/schema.ts';
import { pageSchema } from '../../src/content-files/schema.ts';
import { buildSiteModel, indexSite } from '../../src/site/model.ts';
import { translationReport, statusMatrix } from '../../src/site/status.ts';
import { contentPageView, homeView } from '../../src/site/view.ts';
import { pageShareView } from '../../src/site/share.ts';
import { contentFile, sourceFile } from '../support/content-file.ts';

const siteUrl = new URL('https://example.org');
const t = (key: string) => key;
const file = (folder: string, id: string, data: Partial<PageData> = {}) => (folder === 'sv' ? sourceFile(id, data) : contentFile(folder, id, data));
const staffIndex = file('sv', 'for-personal/index', { audience: 'staff' });
const staffPage = file('sv', 'for-personal/vem-gor-vad');
const files = [
  file('sv', 'asyl/index'),
  staffIndex,
  staffPage,
  file('en', 'for-personal/index', { translation: { source: sourceHashOf(staffIndex), method: 'machine' } }),
];

describe('the staff part', () => {
  const model = buildSiteModel(files);
  const site = indexSite(model);

  it('is built in Swedish and English only, the section’s pages included', () => {
    assert.deepEqual(model.errors, []);
    assert.deepEqual(model.pages.filter((page) => page.id.startsWith('for-personal/')).map((page) => `${page.lang}/${page.id}/${page.kind}`).sort(), [
      'en/for-personal/index/translation',
      'en/for-personal/vem-gor-vad/fallback',
      'sv/for-personal/index/source',
      'sv/for-personal/vem-gor-vad/source',
    ]);
    assert.equal(site.page('ar', 'for-personal/index'), undefined);
    assert.equal(site.page('sv', 'asyl/index')!.forStaff, false);
  });

  it('is not counted missing in other languages, nor listed in the every-language status table', () => {
    const arabic = translationReport(model.pages).find((report) => report.lang === 'ar')!;
    assert.equal(JSON.stringify(arabic).includes('for-personal'), false);
    assert.ok(statusMatrix(model.pages).every((row) => !row.id.startsWith('for-personal/')));
  });

  it('is reached from the footer of Swedish and English pages, not from the newcomers’ entrances', () => {
    const svHome = homeView(site, 'sv', siteUrl, t);
    assert.ok(svHome.shell.links.footer.some((link) => link.href === '/sv/for-personal/' && link.labelKey === 'footer.forStaff'));
    assert.ok(!svHome.items.some((item) => item.href.includes('for-personal')));
    assert.ok(!homeView(site, 'ar', siteUrl, t).shell.links.footer.some((link) => link.href.includes('for-personal')));
  });

  it('sends the picker’s other languages to their home, and shares in Swedish and English only', () => {
    const view = contentPageView(site, site.page('sv', 'for-personal/vem-gor-vad')!, [], siteUrl, t);
    const links = Object.fromEntries(view.shell.picker.links.map((link) => [link.hreflang, link.href]));
    assert.equal(links['en'], '/en/for-personal/vem-gor-vad/');
    assert.equal(links['ar'], '/ar/');
    assert.deepEqual(pageShareView(site, site.page('en', 'for-personal/index')!, siteUrl, t).targets.map((target) => target.lang), ['en', 'sv']);
  });

  it('rejects a translation into another language, saying what to do', () => {
    const { errors } = buildSiteModel([...files, file('ar', 'for-personal/vem-gor-vad', { translation: { source: sourceHashOf(staffPage), method: 'machine' } })]);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /for staff, published in sv and en only/);
  });

  it('accepts only `audience: staff` in the frontmatter', () => {
    const base = { title: 'T', description: 'D', updated: '2026-12-07' };
    assert.equal(pageSchema.safeParse({ ...base, audience: 'staff' }).success, true);
    assert.equal(pageSchema.safeParse({ ...base, audience: 'everyone' }).success, false);
  });
});
