/**
 * Handing a page over (src/site/share.ts, src/site/qr.ts): the links carry only the page's
 * address, handouts pair the reader's language with Swedish, QR codes read back as the address,
 * and "report a problem" fills in the page, language and version.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceHashOf } from '../../src/content-files/hash.ts';
import type { PageData } from '../../src/content-files/schema.ts';
import { buildSiteModel, indexSite } from '../../src/site/model.ts';
import { qrCode } from '../../src/site/qr.ts';
import { generatedPageAt, isToolPageUrl, toolPageAt, toolPageUrl } from '../../src/site/routes.ts';
import { handoutHtml, handoutPairOf, handoutShownPages, handoutView, handoutUrl, hasOwnHandout, messagingLinks, pageShareView, problemReportHref, shareViewModel, versionOf } from '../../src/site/share.ts';
import { problemReportAddress } from '../../src/site/site-config.ts';
import { sitemapPaths } from '../../src/site/sitemap.ts';
import { contentFile, sourceFile } from '../support/content-file.ts';
import { decodeQrPath } from '../support/qr-decode.ts';

const siteUrl = new URL('https://example.org');
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}(${JSON.stringify(options)})` : key);
const file = (folder: string, id: string, data: Partial<PageData> = {}) => (folder === 'sv' ? sourceFile(id, data) : contentFile(folder, id, data));
const card = file('sv', 'asyl/lma');
const site = indexSite(buildSiteModel([
  card,
  file('sv', 'akut-hjalp'),
  file('ar', 'asyl/lma', { translation: { source: sourceHashOf(card), method: 'machine' }, description: 'بطاقة LMA' }),
  file('ti', 'asyl/lma', { translation: { source: '0123456789ab', method: 'human' } }),
]));

describe('the share control', () => {
  it('offers the page in every language, its own first, with full addresses, share views and handouts', () => {
    const view = pageShareView(site, site.page('ar', 'asyl/lma')!, siteUrl, t);
    assert.equal(view.current.lang, 'ar');
    assert.equal(view.current.address, 'https://example.org/ar/asyl/lma/');
    assert.equal(view.targets.length, 11);
    assert.equal(view.targets[0]!.lang, 'ar');
    assert.equal(view.targets.filter((target) => target.current).length, 1);
    const somali = view.targets.find((target) => target.lang === 'so')!;
    assert.equal(somali.shareView, '/so/dela/asyl/lma/');
    assert.equal(somali.address, 'https://example.org/so/asyl/lma/');
    // Somali has no translation: its handout is the Swedish one, not Swedish printed twice.
    assert.equal(somali.handout, '/sv/utdelning/asyl/lma/');
    assert.deepEqual(somali.attributes, { lang: 'so', dir: 'ltr', 'data-script': 'latin' });
  });

  it('sends only the address, through the person’s own apps', () => {
    const links = messagingLinks('https://example.org/ti/asyl/lma/');
    const encoded = encodeURIComponent('https://example.org/ti/asyl/lma/');
    assert.deepEqual(links.map((link) => link.href), [`sms:?&body=${encoded}`, `mailto:?body=${encoded}`, `https://wa.me/?text=${encoded}`]);
  });
});

describe('tool pages (share views and handouts)', () => {
  it('have their own addresses, known to the route registry and left out of the sitemap', () => {
    assert.equal(toolPageUrl('share', 'ar', 'asyl/lma'), '/ar/dela/asyl/lma/');
    assert.equal(toolPageUrl('handout', 'sv', 'asyl/index'), '/sv/utdelning/asyl/');
    assert.equal(toolPageAt('utdelning/asyl/lma'), 'handout');
    assert.equal(toolPageAt('asyl/lma'), undefined);
    assert.equal(generatedPageAt('dela/asyl/lma')?.contentPage, false);
    assert.ok(isToolPageUrl('/ar/dela/asyl/lma/index.html'));
    assert.ok(!isToolPageUrl('/ar/asyl/lma/'));
    assert.ok(![...sitemapPaths(site.pages)].some((path) => isToolPageUrl(path)));
  });

  it('pair the reader’s language with Swedish, and Swedish with English where it exists', () => {
    assert.deepEqual(handoutPairOf(site.page('ar', 'asyl/lma')!), { lang: 'ar', reader: 'ar', second: 'sv' });
    assert.deepEqual(handoutPairOf(site.page('sv', 'asyl/lma')!), { lang: 'sv', reader: 'sv', second: undefined });
    assert.deepEqual(handoutPairOf({ lang: 'sv', kind: 'source', availableIn: ['sv', 'en'] }), { lang: 'sv', reader: 'sv', second: 'en' });
    assert.equal(hasOwnHandout(site.page('so', 'asyl/lma')!), false);
    assert.equal(handoutUrl(site.page('so', 'asyl/lma')!), '/sv/utdelning/asyl/lma/');
  });

  it('carry the reader’s description (for the meta description) and their own canonical address', () => {
    const arabic = handoutView(site, site.page('ar', 'asyl/lma')!, () => '', siteUrl, () => t);
    assert.equal(arabic.description, 'بطاقة LMA');
    assert.equal(arabic.canonical, 'https://example.org/ar/utdelning/asyl/lma/');
    assert.deepEqual(arabic.columns.map((column) => column.lang), ['ar', 'sv']);
  });

  it('put each column’s own rendered text on a handout, reader’s language first', () => {
    const arabic = site.page('ar', 'asyl/lma')!;
    assert.deepEqual(handoutShownPages(site, arabic).map((shown) => shown.lang), ['ar', 'sv']);
    const view = handoutView(site, arabic, (shown) => `<p>${shown.lang} text</p>`, siteUrl, () => t);
    assert.deepEqual(view.columns.map((column) => column.html), ['<p>ar text</p>', '<p>sv text</p>']);
  });

  it('prefix ids by language and write links as full addresses on a handout', () => {
    const html = '<h2 id="lma-kortet">LMA</h2><a href="../dublin/">D</a> <a href="#lma-kortet">up</a> <a href="https://www.migrationsverket.se/">M</a> <a href="tel:112">112</a> <a href="/sv/x/?a=1&amp;b=2">x</a>';
    assert.equal(
      handoutHtml(html, 'ar', 'https://example.org/ar/asyl/lma/'),
      '<h2 id="ar-lma-kortet">LMA</h2><a href="https://example.org/ar/asyl/dublin/">D</a> <a href="#ar-lma-kortet">up</a> <a href="https://www.migrationsverket.se/">M</a> <a href="tel:112">112</a> <a href="https://example.org/sv/x/?a=1&amp;b=2">x</a>',
    );
  });

  it('the share view shows the QR code of the page in its language, and its picker leads to the other views', () => {
    const view = shareViewModel(site, site.page('ti', 'asyl/lma')!, siteUrl, t);
    assert.equal(decodeQrPath(view.qr.size, view.qr.path), 'https://example.org/ti/asyl/lma/');
    assert.equal(view.shell.head.noindex, true);
    assert.equal(view.shell.searchable, false);
    assert.equal(view.shell.picker.links.find((link) => link.hreflang === 'uk')!.href, '/uk/dela/asyl/lma/');
  });
});

describe('QR codes', () => {
  it('read back as the text they were made from, long addresses in any script included', () => {
    for (const text of ['https://example.org/sv/', 'https://nyisverige.example/prs/jag-har-kommit-utan-mina-foraldrar/nar-du-fyller-18/', 'https://example.org/ti/ትግርኛ/']) {
      const code = qrCode(text);
      assert.equal(decodeQrPath(code.size, code.path), text);
    }
  });

  it('break when the drawing is wrong (a test of the test)', () => {
    const code = qrCode('https://example.org/sv/');
    assert.notEqual(decodeQrPath(code.size, code.path.replace(/h(\d+)v1/g, 'h1v1')), 'https://example.org/sv/');
  });
});

describe('report a problem', () => {
  it('opens the reader’s e-mail to the one configured address with page, language and version filled in', () => {
    const page = site.page('ar', 'asyl/lma')!;
    const href = problemReportHref(page, versionOf(page, site.sourceHashes.get('asyl/lma')!), siteUrl, t);
    const url = new URL(href);
    assert.equal(url.protocol, 'mailto:');
    assert.equal(url.pathname, problemReportAddress);
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
    assert.match(subject, /^\[ar\] /);
    assert.match(body, /Page: https:\/\/example\.org\/ar\/asyl\/lma\//);
    assert.match(body, /Language: Arabic \(ar\)/);
    assert.match(body, new RegExp(`Version: ${sourceHashOf(card)} \\(updated \\d{4}-\\d\\d-\\d\\d\\)`));
    assert.match(body, /^report\.prompt/);
  });

  it('on a page not yet translated, says the reader saw the Swedish text', () => {
    const page = site.page('so', 'asyl/lma')!;
    const body = decodeURIComponent(/body=([^&]*)/.exec(problemReportHref(page, versionOf(page, 'abc'), siteUrl, t))![1]!);
    assert.match(body, /Somali \(so\), not translated: Swedish shown/);
    assert.match(body, /Version: abc /);
  });
});
