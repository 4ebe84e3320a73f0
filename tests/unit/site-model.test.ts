import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageCodes } from '../../src/i18n/languages.ts';
import { sourceHashOf } from '../../src/content-files/hash.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { contentFile } from '../support/content-file.ts';

const file = contentFile;

const source = file('sv', 'asyl/lma', { sources: [{ title: 'Migrationsverket', url: 'https://www.migrationsverket.se/' }] });
const hash = sourceHashOf(source);

describe('buildSiteModel', () => {
  it('builds every source page in every language', () => {
    const model = buildSiteModel([source]);
    assert.deepEqual(model.errors, []);
    assert.deepEqual(model.pages.map((page) => page.lang), [...languageCodes]);
    assert.ok(model.pages.every((page) => page.url.endsWith('/asyl/lma/')));
  });

  it('shows the Swedish text as a fallback where a translation is missing', () => {
    const model = buildSiteModel([source]);
    const arabic = model.pages.find((page) => page.lang === 'ar')!;
    assert.equal(arabic.kind, 'fallback');
    assert.equal(arabic.status, 'missing');
    assert.equal(arabic.shown, source);
    assert.deepEqual(arabic.availableIn, ['sv']);
  });

  it('knows current and outdated translations from the recorded hash', () => {
    const current = file('en', 'asyl/lma', { translation: { source: hash, method: 'machine' } });
    const outdated = file('ar', 'asyl/lma', { translation: { source: '000000000000', method: 'human' } });
    const model = buildSiteModel([source, current, outdated]);
    const byLang = new Map(model.pages.map((page) => [page.lang, page]));
    assert.equal(byLang.get('en')!.status, 'current');
    assert.equal(byLang.get('en')!.shown, current);
    assert.equal(byLang.get('ar')!.status, 'outdated');
    assert.deepEqual(byLang.get('ti')!.availableIn, ['sv', 'en', 'ar']);
  });

  it('reports an orphan translation with its file and what to do', () => {
    const orphan = file('ti', 'asyl/saknas', { translation: { source: hash, method: 'machine' } });
    const [error] = buildSiteModel([source, orphan]).errors;
    assert.match(error!.message, /^content\/ti\/asyl\/saknas\.md: this translation has no Swedish source page/);
    assert.match(error!.message, /Create content\/sv\/asyl\/saknas\.md/);
  });

  it('reports an unknown language folder', () => {
    const [error] = buildSiteModel([source, file('de', 'asyl/lma')]).errors;
    assert.match(error!.message, /content\/de\/asyl\/lma\.md: "de" is not a language of the site/);
  });

  it('requires sources on Swedish pages and a translation block on translations', () => {
    const messages = buildSiteModel([file('sv', 'x'), file('en', 'x')]).errors.map((error) => error.message);
    assert.ok(messages.some((message) => message.startsWith('content/sv/x.md: the page lists no `sources`')));
    assert.ok(messages.some((message) => message.startsWith('content/en/x.md: a translation has no `translation` block')));
  });

  it('asks for a stamp when a translation records no source version', () => {
    const unstamped = file('so', 'asyl/lma', { translation: { method: 'machine' } });
    const model = buildSiteModel([source, unstamped]);
    assert.match(model.errors[0]!.message, /npm run i18n:stamp -- so asyl\/lma/);
  });
});
