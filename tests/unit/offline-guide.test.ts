import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { buildGuideManifest, diffGuide, filesOfPart, pagefindFilesFor, sectionOfUrl, sizeAttributeValue, sizePlaceholder, type BuiltFile } from '../../src/offline/guide-manifest.ts';
import { formatBytes, formatPercent, minutesToDownload, secondsToDownload } from '../../src/offline/format.ts';
import { appIcons, drawIcon, encodePng } from '../../src/offline/app-icon.ts';
import { webManifestFor } from '../../src/offline/web-manifest.ts';
import { generatedPages } from '../../src/site/routes.ts';
import { offlinePageSlug } from '../../src/offline/offline-paths.ts';

const file = (url: string, transferBytes = 100, hash = 'h1'): BuiltFile => ({ url, bytes: transferBytes * 3, transferBytes, hash });
const entry = { languages: { sv: { hash: 'sv_abc', wasm: 'sv' }, 'fa-af': { hash: 'fa-af_123', wasm: null }, fa: { hash: 'fa_9', wasm: null } } };
const pagefindUrls = [
  '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind-ui.js',
  '/pagefind/pagefind.sv_abc.pf_meta', '/pagefind/pagefind.fa_9.pf_meta', '/pagefind/pagefind.fa-af_123.pf_meta',
  '/pagefind/wasm.sv.pagefind', '/pagefind/wasm.unknown.pagefind',
  '/pagefind/index/sv_1.pf_index', '/pagefind/index/fa_1.pf_index', '/pagefind/index/fa-af_1.pf_index',
  '/pagefind/fragment/sv_1.pf_fragment', '/pagefind/fragment/fa-af_2.pf_fragment',
];

describe('the files of a language’s guide', () => {
  it('takes only the language’s own Pagefind files, never a neighbour whose key starts the same', () => {
    assert.deepEqual(pagefindFilesFor('fa-AF', entry, pagefindUrls), [
      '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.fa-af_123.pf_meta',
      '/pagefind/wasm.unknown.pagefind', '/pagefind/index/fa-af_1.pf_index', '/pagefind/fragment/fa-af_2.pf_fragment',
    ]);
    assert.ok(pagefindFilesFor('fa', entry, pagefindUrls).includes('/pagefind/index/fa_1.pf_index'));
    assert.ok(!pagefindFilesFor('fa', entry, pagefindUrls).includes('/pagefind/index/fa-af_1.pf_index'));
    assert.ok(pagefindFilesFor('sv', entry, pagefindUrls).includes('/pagefind/wasm.sv.pagefind'));
    assert.deepEqual(pagefindFilesFor('ti', entry, pagefindUrls), []);
  });

  it('puts a page in its top-level section, and the home, search and offline pages in every part', () => {
    const shared = new Set(['sok', 'offline']);
    assert.equal(sectionOfUrl('/sv/om-sverige/bo/', 'sv', shared), 'om-sverige');
    assert.equal(sectionOfUrl('/sv/om-sverige/', 'sv', shared), 'om-sverige');
    assert.equal(sectionOfUrl('/sv/', 'sv', shared), undefined);
    assert.equal(sectionOfUrl('/sv/sok/', 'sv', shared), undefined);
    assert.equal(sectionOfUrl('/sv/manifest.webmanifest', 'sv', shared), undefined);
    assert.equal(sectionOfUrl('/_astro/a.css', 'sv', shared), undefined);
  });

  const files = [
    file('/sv/'), file('/sv/a/', 200), file('/sv/a/x/', 300), file('/sv/b/', 400), file('/sv/sok/'), file('/sv/offline/'),
    file('/en/'), file('/en/a/'), file('/_astro/site.css', 50), file('/icons/icon-192.png', 10), file('/favicon.svg', 1),
    file('/robots.txt'), file('/index.html'), ...pagefindUrls.map((url) => file(url, 7)),
  ];
  const manifest = buildGuideManifest({
    lang: 'sv', htmlLang: 'sv', files, pagefindEntry: entry,
    sections: [{ id: 'b', title: 'Bee' }, { id: 'a', title: 'Aa' }], sharedSlugs: new Set(['sok', 'offline']),
    versionOf: (text) => String(text.length),
  });

  it('holds every page of the language, the shared assets and its search files, and nothing of other languages', () => {
    const urls = manifest.files.map((entry) => entry.url);
    for (const url of ['/sv/', '/sv/a/x/', '/sv/sok/', '/sv/offline/', '/_astro/site.css', '/icons/icon-192.png', '/favicon.svg', '/pagefind/index/sv_1.pf_index']) assert.ok(urls.includes(url), url);
    for (const url of ['/en/', '/en/a/', '/robots.txt', '/index.html', '/pagefind/pagefind-ui.js', '/pagefind/index/fa_1.pf_index']) assert.ok(!urls.includes(url), url);
    assert.equal(manifest.transferBytes, manifest.files.reduce((sum, entry) => sum + entry.transferBytes, 0));
  });

  it('sizes each section with what every part needs, in the order given', () => {
    const sharedBytes = manifest.files.filter((entry) => !entry.section).reduce((sum, entry) => sum + entry.transferBytes, 0);
    assert.deepEqual(manifest.sections.map((section) => [section.id, section.url, section.transferBytes]), [['b', '/sv/b/', sharedBytes + 400], ['a', '/sv/a/', sharedBytes + 500]]);
    assert.deepEqual(filesOfPart(manifest, 'a').filter((entry) => entry.section).map((entry) => entry.url), ['/sv/a/', '/sv/a/x/']);
    assert.equal(filesOfPart(manifest, null).length, manifest.files.length);
  });

  it('updates fetch only changed and new files and delete the ones that went', () => {
    const saved = [{ url: '/sv/', hash: 'h1' }, { url: '/sv/a/', hash: 'old' }, { url: '/sv/gone/', hash: 'h1' }];
    const diff = diffGuide(saved, [file('/sv/'), file('/sv/a/'), file('/sv/new/')]);
    assert.deepEqual(diff.fetch.map((entry) => entry.url), ['/sv/a/', '/sv/new/']);
    assert.deepEqual(diff.remove, ['/sv/gone/']);
    assert.equal(diff.unchanged, 1);
  });

  it('writes the size over a placeholder of the same width', () => {
    assert.equal(sizeAttributeValue(1234567).length, sizePlaceholder.length);
    assert.equal(Number(sizeAttributeValue(1234567)), 1234567);
  });
});

describe('sizes and times for the reader', () => {
  it('formats sizes with the reader’s digits and unit', () => {
    assert.equal(formatBytes(2.34 * 1024 * 1024, 'en-GB'), '2.3 MB');
    assert.equal(formatBytes(840 * 1024, 'en-GB'), '840 kB');
    assert.equal(formatBytes(2.34 * 1024 * 1024, 'fa-IR'), '۲٫۳ MB');
    assert.equal(formatBytes(25 * 1024 * 1024, 'sv-SE'), '25 MB');
    assert.equal(formatPercent(1, 4, 'en-GB'), '25%');
  });

  it('computes the time at 400 kbps', () => {
    assert.equal(secondsToDownload(50_000), 1);
    assert.equal(minutesToDownload(3_000_000), 1);
    assert.equal(minutesToDownload(3_000_001), 2);
    assert.equal(minutesToDownload(10), 1);
  });
});

describe('installing the guide', () => {
  it('describes the app in the language, opening at the language home', () => {
    const manifest = webManifestFor({ lang: 'prs', htmlLang: 'fa-AF', dir: 'rtl', name: 'تازه‌وارد در سویدن', shortName: 'تازه‌وارد', description: 'd' });
    assert.equal(manifest.start_url, '/prs/');
    assert.equal(manifest.scope, '/prs/');
    assert.equal(manifest.lang, 'fa-AF');
    assert.equal(manifest.dir, 'rtl');
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(wanted), wanted);
  });

  it('draws PNG icons of the size they claim, green with a white letter', () => {
    const icon = appIcons.find((candidate) => candidate.size === 192 && candidate.purpose === 'any')!;
    const png = encodePng(drawIcon(icon), icon.size);
    assert.deepEqual([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join(''), 'PNG');
    assert.equal(png.readUInt32BE(16), 192);
    assert.equal(png.readUInt32BE(20), 192);
    const idatLength = png.readUInt32BE(33);
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    assert.equal(rows.length, 192 * (192 * 4 + 1));
    const pixel = (x: number, y: number) => [...rows.subarray(y * (192 * 4 + 1) + 1 + x * 4, y * (192 * 4 + 1) + 1 + x * 4 + 4)];
    assert.deepEqual(pixel(0, 0)[3], 0, 'rounded corner is transparent');
    assert.deepEqual(pixel(30, 96), [0x00, 0x5a, 0x30, 255], 'background is the brand green');
    assert.deepEqual(pixel(60, 96), [255, 255, 255, 255], 'the letter is white');
  });

  it('names the offline page where the routes build it', () => {
    assert.equal(generatedPages.offline.slug, offlinePageSlug);
  });
});

describe('the control’s and the offline page’s views', async () => {
  const { readFileSync } = await import('node:fs');
  const { createTranslators } = await import('../../src/i18n/translator.ts');
  const { offlineStrings } = await import('../../src/offline/control-config.ts');
  const resources = Object.fromEntries(['sv', 'ar', 'ru'].map((lang) => [lang, JSON.parse(readFileSync(`src/i18n/strings/${lang}.json`, 'utf8'))]));
  const translators = createTranslators(resources);

  it('hands the script every plural form the language uses, placeholders left for it to fill', () => {
    assert.deepEqual(Object.keys(offlineStrings('ar', translators('ar'), false).minutes).sort(), ['few', 'many', 'one', 'other', 'two', 'zero']);
    assert.deepEqual(Object.keys(offlineStrings('ru', translators('ru'), false).minutes).sort(), ['few', 'many', 'one', 'other']);
    const swedish = offlineStrings('sv-SE', translators('sv'), true);
    assert.equal(offlineStrings('sv-SE', translators('sv'), false).sectionOption, undefined, 'the footer control offers no sections');
    assert.match(swedish.sectionOption!, /\{\{section\}\}/);
    assert.deepEqual(swedish.minutes, { one: '{{count}} minut', other: '{{count}} minuter' });
    assert.match(swedish.size, /\{\{size\}\}.*\{\{minutes\}\}/);
    assert.match(swedish.savedOn, /\{\{date\}\}/);
  });
});

describe('hashing built pages', async () => {
  const { hashedContent } = await import('../../src/offline/built-files-fs.ts');
  it('leaves the written guide size out of a page’s hash, and nothing else', () => {
    const page = (bytes: string, text: string) => Buffer.from(`<offline-guide data-guide-lang="sv" data-guide-bytes="${bytes}"></offline-guide><p>${text}</p>`);
    assert.deepEqual(hashedContent('a/index.html', page('0000579471', 'x')), hashedContent('a/index.html', page('0000580002', 'x')));
    assert.notDeepEqual(hashedContent('a/index.html', page('0000579471', 'x')), hashedContent('a/index.html', page('0000579471', 'y')));
    assert.deepEqual(hashedContent('a.json', Buffer.from('data-guide-lang="sv" data-guide-bytes="1"')), Buffer.from('data-guide-lang="sv" data-guide-bytes="1"'));
  });
  it('leaves the written size text out too', () => {
    const page = (bytes: string, size: string) => Buffer.from(`<offline-guide data-guide-lang="sv" data-guide-bytes="${bytes}"><p><span data-part="size">${size}</span></p></offline-guide>`);
    assert.deepEqual(hashedContent('a/index.html', page('0000579471', 'Guiden är 566 kB.')), hashedContent('a/index.html', page('0000580002', 'Guiden är 567 kB.')));
  });
});

describe('writing the guide size into the pages', async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { writeGuideSizes, guideSizeTextOf } = await import('../../src/offline/built-files-fs.ts');
  const control = (lang: string, bytes: string, size: string) => `<offline-guide data-guide-lang="${lang}" data-guide-bytes="${bytes}" data-strings="{&quot;size&quot;:&quot;{{size}}&quot;}" hidden><section><p>Intro <span data-part="size">${size}</span></p></section></offline-guide>`;
  it('writes the number and the text the reader sees, so the browser needs no Intl to show it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'guide-size-')), 'index.html');
    writeFileSync(file, `<main>${control('ar', sizePlaceholder, '')}</main><footer>${control('ar', sizePlaceholder, '')}</footer>`);
    const changed = writeGuideSizes([file], new Map([['ar', 870_000]]), (lang, bytes) => `${lang} <${bytes}>`);
    assert.deepEqual([...changed], [file]);
    const filled = control('ar', sizeAttributeValue(870_000), 'ar &lt;870000&gt;');
    assert.equal(readFileSync(file, 'utf8'), `<main>${filled}</main><footer>${filled}</footer>`);
  });
  it('says the size and the time in the language, with its digits', () => {
    assert.equal(guideSizeTextOf('sv', 870_000), 'Guiden är 850 kB. Med en långsam uppkoppling tar det ungefär 1 minut att spara den.');
    assert.equal(guideSizeTextOf('sv', 25 * 1024 * 1024), 'Guiden är 25 MB. Med en långsam uppkoppling tar det ungefär 9 minuter att spara den.');
    assert.match(guideSizeTextOf('ar', 870_000), /^حجم الدليل 850 كيلوبايت\./);
    assert.match(guideSizeTextOf('fa', 870_000), /۸۵۰/);
  });
});

describe('the build steps after Astro', async () => {
  const { default: config } = await import('../../astro.config.mjs');
  const { listBuiltFiles } = await import('../../src/offline/built-files-fs.ts');
  const { moveLanguageNotFoundPages } = await import('../../src/hosting/build-output.ts');
  const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');

  it('move the 404 pages before the offline guides list the files, and compress after', () => {
    const order = (config.integrations ?? []).flat().map((integration) => (integration as { name: string }).name);
    const at = (name: string) => {
      assert.ok(order.includes(name), `${name} in ${order.join(', ')}`);
      return order.indexOf(name);
    };
    assert.ok(at('pagefind-index') < at('offline-guide'), 'the guides list the search files');
    assert.ok(at('hosting-layout') < at('offline-guide'), 'the guides list /<lang>/404.html, not the /<lang>/404/ Astro wrote');
    assert.ok(at('offline-guide') < at('hosting-precompression'), 'the pages with sizes written in and /sw.js are compressed');
  });

  it('list a language’s 404 page where it is served, and never the compressed copies', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'guide-files-'));
    try {
      mkdirSync(path.join(outDir, 'sv', '404'), { recursive: true });
      writeFileSync(path.join(outDir, 'sv', 'index.html'), 'sv');
      writeFileSync(path.join(outDir, 'sv', 'index.html.br'), 'br');
      writeFileSync(path.join(outDir, 'sv', '404', 'index.html'), '404');
      moveLanguageNotFoundPages(outDir);
      assert.deepEqual(listBuiltFiles(outDir).map(({ url }) => url).sort(), ['/sv/', '/sv/404.html']);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('write the gzip they measure as each file’s .gz copy, made again for a page the size went into', async () => {
    const { writeGuideManifests } = await import('../../src/offline/built-files-fs.ts');
    const { readFileSync } = await import('node:fs');
    const { gunzipSync } = await import('node:zlib');
    const outDir = mkdtempSync(path.join(tmpdir(), 'guide-gzip-'));
    try {
      const control = `<offline-guide data-guide-lang="sv" data-guide-bytes="${sizePlaceholder}"><p><span data-part="size"></span></p></offline-guide>`;
      mkdirSync(path.join(outDir, 'sv', 'arbete'), { recursive: true });
      writeFileSync(path.join(outDir, 'sv', 'index.html'), `<a href="/sv/arbete/">Arbete</a>${control}`);
      writeFileSync(path.join(outDir, 'sv', 'arbete', 'index.html'), `<h1>Arbete</h1>${'<p>Text om arbete.</p>'.repeat(40)}${control}`);
      writeFileSync(path.join(outDir, 'style.css'), 'p { color: black; }'.repeat(20));
      const gzipCopies = new Map<string, number>();
      writeGuideManifests(outDir, ['sv'], gzipCopies);
      const page = path.join(outDir, 'sv', 'arbete', 'index.html');
      assert.ok(!readFileSync(page, 'utf8').includes(sizePlaceholder), 'the size was written into the page');
      assert.deepEqual([...gzipCopies.keys()].sort(), [path.join(outDir, 'style.css'), path.join(outDir, 'sv', 'arbete', 'index.html'), path.join(outDir, 'sv', 'index.html')].sort());
      for (const [file, bytes] of gzipCopies) {
        const copy = readFileSync(`${file}.gz`);
        assert.equal(copy.length, bytes, file);
        assert.deepEqual(gunzipSync(copy), readFileSync(file), `${file}.gz holds the file as it is now`);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
