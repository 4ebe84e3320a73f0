/**
 * The view model of each kind of page: what a reader sees besides the text (language marks,
 * notices, breadcrumbs, head alternates, picker, search offers), decided in src/site/view.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceHashOf } from '../../src/content-files/hash.ts';
import type { PageData } from '../../src/content-files/schema.ts';
import { languageCodes } from '../../src/i18n/languages.ts';
import { buildSiteModel, indexSite } from '../../src/site/model.ts';
import { contentFile, migrationsverket, sourceFile } from '../support/content-file.ts';
import { alternatesFor, chooserView, contentPageView, documentTitle, homeView, languageNotFoundView, noticesFor, notFoundView, offlinePageView, orderedFirst, searchView, statusView, tocEntries } from '../../src/site/view.ts';

const siteUrl = new URL('https://example.org');
/** A stand-in for i18next: shows the key and its options, so tests see which string is used. */
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}(${JSON.stringify(options)})` : key);
const translatorFor = (lang: string) => (key: string) => `${lang}:${key}`;

const sources = [migrationsverket];
const file = (folder: string, id: string, data: Partial<PageData> = {}) => (folder === 'sv' ? sourceFile(id, data) : contentFile(folder, id, data));

const section = file('sv', 'asyl/index', { order: 10 });
const card = file('sv', 'asyl/lma', { order: 20, keywords: ['LMA', 'kort'] });
const dublin = file('sv', 'asyl/dublin', { order: 10 });
const emergency = file('sv', 'akut-hjalp', { order: 5 });
const site = indexSite(buildSiteModel([
  section,
  card,
  dublin,
  emergency,
  file('en', 'asyl/lma', { translation: { source: sourceHashOf(card), method: 'machine' } }),
  file('ar', 'asyl/lma', { translation: { source: '000000000000', method: 'human' } }),
  file('ar', 'asyl/index', { translation: { source: sourceHashOf(section), method: 'human' } }),
]));
const page = (lang: (typeof languageCodes)[number], id: string) => site.page(lang, id)!;

describe('a content page', () => {
  it('in Swedish: indexed, with every real version as alternate and x-default on Swedish', () => {
    const view = contentPageView(site, page('sv', 'asyl/lma'), [], siteUrl, t);
    assert.deepEqual(view.shell.html, { lang: 'sv', dir: 'ltr', 'data-script': 'latin' });
    assert.equal(view.shell.head.title, 'sv asyl/lma – site.name');
    assert.equal(view.shell.head.canonical, 'https://example.org/sv/asyl/lma/');
    // Absolute, like the canonical: Lighthouse's hreflang audit fails a relative hreflang alternate.
    assert.equal(view.shell.head.feed.href, 'https://example.org/sv/andringar.xml');
    assert.deepEqual(view.shell.head.alternates.map((alternate) => alternate.hreflang), ['sv', 'en', 'ar', 'x-default']);
    assert.equal(view.shell.head.noindex, false);
    assert.equal(view.shell.searchable, true);
    assert.deepEqual(view.text, {});
    assert.deepEqual(view.notices, {});
    // Keywords go to the search index only (src/integrations/pagefind.ts), never into the page.
    assert.equal('keywords' in view, false);
    assert.deepEqual(view.sources, [{ ...sources[0], text: { lang: 'sv', dir: 'ltr', 'data-script': 'latin' } }]);
  });

  it('as a fallback: Swedish text marked as Swedish, not indexed, nobody’s alternate, says so and links to English', () => {
    const view = contentPageView(site, page('ti', 'asyl/lma'), [], siteUrl, t);
    assert.deepEqual(view.shell.html, { lang: 'ti', dir: 'ltr', 'data-script': 'ethiopic' });
    assert.deepEqual(view.text, { lang: 'sv', dir: 'ltr', 'data-script': 'latin' });
    assert.equal(view.title, 'sv asyl/lma');
    assert.equal(view.shell.head.noindex, true);
    assert.equal(view.shell.searchable, false);
    assert.deepEqual(view.shell.head.alternates, []);
    assert.deepEqual(view.notices, { fallback: { languageName: 'ትግርኛ', english: { href: '/en/asyl/lma/', hreflang: 'en' } } });
  });

  it('as a fallback in an RTL language: the Swedish text reads left to right', () => {
    const view = contentPageView(site, page('fa', 'asyl/dublin'), [], siteUrl, t);
    assert.deepEqual(view.shell.html, { lang: 'fa', dir: 'rtl', 'data-script': 'arabic' });
    assert.deepEqual(view.text, { lang: 'sv', dir: 'ltr', 'data-script': 'latin' });
    assert.equal(view.notices.fallback?.english, undefined, 'no English version to offer');
  });

  it('in English as a fallback does not offer English', () => {
    assert.equal(noticesFor(page('en', 'asyl/dublin')).fallback?.english, undefined);
  });

  it('translated by machine from today’s Swedish: says machine, links to the Swedish text', () => {
    assert.deepEqual(noticesFor(page('en', 'asyl/lma')), { machine: { source: { href: '/sv/asyl/lma/', hreflang: 'sv' } } });
  });

  it('translated from an older Swedish version: says outdated, and not machine when a person translated', () => {
    assert.deepEqual(noticesFor(page('ar', 'asyl/lma')), { outdated: { source: { href: '/sv/asyl/lma/', hreflang: 'sv' } } });
  });

  it('has breadcrumbs through its sections, each marked with the language of its title', () => {
    const view = contentPageView(site, page('ru', 'asyl/lma'), [], siteUrl, t);
    assert.deepEqual(view.breadcrumbs.trail, [{ title: 'sv asyl/index', href: '/ru/asyl/', text: { lang: 'sv', dir: 'ltr', 'data-script': 'latin' }, inSwedish: true }]);
    assert.deepEqual(view.breadcrumbs.current.href, '/ru/asyl/lma/');
    const arabic = contentPageView(site, page('ar', 'asyl/lma'), [], siteUrl, t);
    assert.deepEqual(arabic.breadcrumbs.trail, [{ title: 'ar asyl/index', href: '/ar/asyl/', text: {}, inSwedish: false }]);
  });

  it('as a section lists its pages in order, untranslated ones marked and kept out of search', () => {
    const view = contentPageView(site, page('ar', 'asyl/index'), [], siteUrl, t);
    assert.deepEqual(view.children.map((item) => [item.href, item.searchable, item.text, item.inSwedish]), [
      ['/ar/asyl/dublin/', false, { lang: 'sv', dir: 'ltr', 'data-script': 'latin' }, true],
      ['/ar/asyl/lma/', true, {}, false],
    ]);
    assert.deepEqual(contentPageView(site, page('ar', 'asyl/lma'), [], siteUrl, t).children, []);
  });

  it('links the picker to the same page in every language and marks the current one', () => {
    const { picker } = contentPageView(site, page('prs', 'asyl/lma'), [], siteUrl, t).shell;
    assert.equal(picker.links.length, languageCodes.length);
    const dari = picker.links.find((link) => link.current)!;
    assert.deepEqual(dari, { href: '/prs/asyl/lma/', endonym: 'دری', hreflang: 'fa-AF', attributes: { lang: 'fa-AF', dir: 'rtl', 'data-script': 'arabic' }, name: undefined, translated: false, current: true });
  });

  it('names each language in the page’s language and says which have this page translated', () => {
    const { picker } = contentPageView(site, page('en', 'asyl/lma'), [], siteUrl, t).shell;
    const byCode = (href: string) => picker.links.find((link) => link.href === href)!;
    assert.equal(picker.current, 'English');
    assert.equal(byCode('/en/asyl/lma/').name, undefined, 'English is not named twice');
    assert.equal(byCode('/prs/asyl/lma/').name, 'Dari');
    assert.equal(byCode('/fa/asyl/lma/').name, 'Persian');
    assert.equal(byCode('/ckb/asyl/lma/').name, 'Kurdish (Sorani)');
    assert.deepEqual(picker.links.filter((link) => link.translated).map((link) => link.href), ['/sv/asyl/lma/', '/en/asyl/lma/', '/ar/asyl/lma/']);
    const swedishPicker = contentPageView(site, page('sv', 'asyl/lma'), [], siteUrl, t).shell.picker;
    assert.equal(swedishPicker.links.find((link) => link.href === '/prs/asyl/lma/')!.name, 'dari');
  });

  it('writes a fallback’s table of contents in Swedish, and a translation’s in its own language', () => {
    assert.equal(contentPageView(site, page('ar', 'asyl/dublin'), [], siteUrl, t).tocLanguage, 'sv');
    assert.equal(contentPageView(site, page('ar', 'asyl/lma'), [], siteUrl, t).tocLanguage, 'ar');
  });

  it('shows a table of contents only from three sections', () => {
    const h2 = (slug: string) => ({ depth: 2, slug, text: slug });
    assert.deepEqual(contentPageView(site, page('sv', 'asyl/lma'), [h2('a'), h2('b')], siteUrl, t).toc, []);
    assert.deepEqual(tocEntries([h2('a'), { depth: 3, slug: 'x', text: 'x' }, h2('b'), h2('c')]).map((entry) => entry.slug), ['a', 'b', 'c']);
  });

  it('dates the text in the reader’s calendar', () => {
    const { updated } = contentPageView(site, page('fa', 'asyl/lma'), [], siteUrl, t);
    assert.equal(updated.iso, '2026-11-21');
    assert.match(updated.display, /۱۴۰۵/);
  });
});

describe('the home page’s entrances', () => {
  const items = ['akut-hjalp', 'jag-ar-asylsokande', 'jag-har-fatt-uppehallstillstand', 'ukraina', 'om-webbplatsen'].map((id) => ({ id }));

  it('come first where the language’s registry entry puts them, the rest in their own order', () => {
    assert.deepEqual(orderedFirst(items, ['ukraina']).map((item) => item.id), ['ukraina', 'akut-hjalp', 'jag-ar-asylsokande', 'jag-har-fatt-uppehallstillstand', 'om-webbplatsen']);
    assert.deepEqual(orderedFirst(items, ['jag-har-fatt-uppehallstillstand', 'jag-ar-asylsokande']).map((item) => item.id), ['jag-har-fatt-uppehallstillstand', 'jag-ar-asylsokande', 'akut-hjalp', 'ukraina', 'om-webbplatsen']);
    assert.deepEqual(orderedFirst(items, []).map((item) => item.id), items.map((item) => item.id));
    assert.deepEqual(orderedFirst(items, ['finns-inte']).map((item) => item.id), items.map((item) => item.id), 'an unknown id changes nothing');
  });
});

describe('generated pages', () => {
  it('the language home is every language’s alternate, with the chooser as x-default', () => {
    const view = homeView(site, 'so', siteUrl, t);
    assert.equal(view.shell.head.title, 'site.name');
    assert.equal(view.shell.searchable, true);
    assert.equal(view.shell.head.alternates.length, languageCodes.length + 1);
    assert.deepEqual(view.shell.head.alternates.at(-1), { hreflang: 'x-default', href: 'https://example.org/' });
    assert.deepEqual(view.items.map((item) => item.href), ['/so/akut-hjalp/', '/so/asyl/']);
  });

  it('search offers Swedish and English results, never the reader’s own language twice', () => {
    const strings = { 'search.results_one': '{{count}} hit', 'search.results_other': '{{count}} hits', 'search.noResults': 'None for {{query}}' };
    const arabic = searchView(site, 'ar', strings, siteUrl, t);
    assert.equal(arabic.shell.head.webAssembly, true);
    assert.equal(arabic.shell.searchable, false);
    assert.equal(arabic.action, '/ar/sok/');
    assert.deepEqual(arabic.config.otherLanguages.map((language) => [language.code, language.htmlLang, language.dir, language.script]), [['sv', 'sv', 'ltr', 'latin'], ['en', 'en', 'ltr', 'latin']]);
    assert.deepEqual(arabic.config.results, { one: '{{count}} hit', other: '{{count}} hits' });
    assert.equal(arabic.config.noResults, 'None for {{query}}', 'the script fills the query itself');
    assert.deepEqual(searchView(site, 'en', strings, siteUrl, t).config.otherLanguages.map((language) => language.code), ['sv']);
    assert.deepEqual(searchView(site, 'sv', strings, siteUrl, t).config.otherLanguages.map((language) => language.code), ['en']);
  });

  it('search labels other languages and names only the languages searched, in the reader’s language', () => {
    const strings = { 'search.results_other': '{{count}} hits', 'search.noResults': 'None' };
    const arabic = searchView(site, 'ar', strings, siteUrl, t, { ar: ['كيف'], sv: ['hur'], en: ['how'], fa: ['چطور'] });
    assert.deepEqual(arabic.config.otherLanguages.map((language) => language.label), ['search.inSwedish', 'search.inEnglish']);
    assert.equal(arabic.otherHeading, 'search.otherLanguages');
    // Offline, a saved guide holds only its own index: what to say when the others cannot load.
    assert.deepEqual(arabic.config.otherLanguages.map((language) => language.needsConnection), ['search.swedishNeedsConnection', 'search.englishNeedsConnection']);
    assert.equal(arabic.config.otherNeedConnection, 'search.otherNeedConnection');
    assert.deepEqual(arabic.config.ignore, { ar: ['كيف'], sv: ['hur'], en: ['how'] }, 'only the languages this page searches');
    assert.equal(arabic.glossaryUrl, '/ar/mer-om-sverige/viktiga-ord/');
    assert.equal(searchView(site, 'en', strings, siteUrl, t).otherHeading, 'search.otherSwedish');
    assert.equal(searchView(site, 'sv', strings, siteUrl, t).otherHeading, 'search.otherEnglish');
    assert.deepEqual(Object.keys(arabic.config.sections).sort(), ['akut-hjalp', 'asyl']);
  });

  it('the save-for-offline control is on the home page once, in the footer everywhere else, and the manifest is linked', () => {
    const home = homeView(site, 'ti', siteUrl, t);
    assert.equal(home.offline.variant, 'home');
    assert.equal(home.offline.lang, 'ti');
    assert.equal(home.shell.offline, undefined);
    assert.equal(home.shell.head.manifest, '/ti/manifest.webmanifest');
    const search = searchView(site, 'ar', { 'search.results_other': 'x', 'search.noResults': 'y' }, siteUrl, t);
    assert.equal(search.shell.offline?.variant, 'footer');
    assert.equal(search.shell.offline?.sizePlaceholder.length, 10);
  });

  it('the offline page is not indexed and links home, search and every section', () => {
    const view = offlinePageView(site, 'ar', siteUrl, t);
    assert.equal(view.shell.head.noindex, true);
    assert.deepEqual(view.links.map((link) => link.href), ['/ar/', '/ar/sok/', '/ar/akut-hjalp/', '/ar/asyl/']);
  });

  it('the status page is for editors: not indexed, one row per page', () => {
    const view = statusView(site, 'uk', siteUrl, t);
    assert.equal(view.shell.head.noindex, true);
    assert.deepEqual(view.shell.head.alternates, []);
    assert.equal(view.shell.picker.links[0]!.href, '/sv/om-webbplatsen/oversattningsstatus/');
    assert.equal(view.rows.length, 4);
  });

  it('the root chooser and the 404 page speak every language, headed in Swedish and English', () => {
    const chooser = chooserView(siteUrl, translatorFor);
    assert.equal(chooser.title, 'sv:site.name · en:site.name');
    assert.deepEqual(chooser.html, { lang: 'sv', dir: 'ltr', 'data-script': 'latin' });
    assert.equal(chooser.entries.length, languageCodes.length);
    assert.deepEqual(chooser.alternates.at(-1), { hreflang: 'x-default', href: 'https://example.org/' });
    const tigrinya = chooser.entries.find((entry) => entry.code === 'ti')!;
    assert.equal(tigrinya.home, '/ti/');
    assert.equal(tigrinya.t('site.name'), 'ti:site.name');
    assert.deepEqual(chooser.entries.find((entry) => entry.code === 'ckb')!.names.map((name) => [name.text, name.attributes.lang]), [['kurdiska (sorani)', 'sv'], ['Kurdish (Sorani)', 'en']]);
    assert.equal(chooser.emergency, '/sv/akut-hjalp/');
    const notFound = notFoundView(translatorFor);
    assert.equal(notFound.title, 'sv:notFound.title · en:notFound.title');
    assert.deepEqual(notFound.heading.secondAttributes, { lang: 'en', dir: 'ltr', 'data-script': 'latin' });
  });

  it('a language’s own 404 page is in its language and direction, not indexed, and leads home and to search', () => {
    const view = languageNotFoundView('ckb', siteUrl, t);
    assert.deepEqual(view.shell.html, { lang: 'ckb', dir: 'rtl', 'data-script': 'arabic' });
    assert.equal(view.shell.head.noindex, true);
    assert.equal(view.shell.head.canonical, 'https://example.org/ckb/404.html');
    assert.equal(view.shell.searchable, false);
    assert.deepEqual(view.links, { home: '/ckb/', search: '/ckb/sok/' });
    assert.deepEqual(view.shell.picker.links.map((link) => link.href), languageCodes.map((code) => `/${code}/`));
  });
});

describe('page head', () => {
  it('lists real versions as alternates with x-default on the Swedish source', () => {
    const alternates = alternatesFor('asyl/lma', ['sv', 'prs'], siteUrl);
    assert.deepEqual(alternates, [
      { hreflang: 'sv', href: 'https://example.org/sv/asyl/lma/' },
      { hreflang: 'fa-AF', href: 'https://example.org/prs/asyl/lma/' },
      { hreflang: 'x-default', href: 'https://example.org/sv/asyl/lma/' },
    ]);
  });
  it('titles pages “Page – Site”', () => {
    assert.equal(documentTitle('LMA-kortet', 'Ny i Sverige'), 'LMA-kortet – Ny i Sverige');
    assert.equal(documentTitle(undefined, 'Ny i Sverige'), 'Ny i Sverige');
  });
});
