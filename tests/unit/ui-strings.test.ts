/**
 * Interface strings: a missing key throws with the file and the key (never a silent fallback),
 * plural forms per language, the checks of translated files against Swedish, and no Swedish
 * key that nothing uses (translators would maintain it for nothing).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkUiStrings } from '../../src/checks/ui-strings.ts';
import { pluralSuffix } from '../../src/i18n/string-format.ts';
import { createTranslators, MissingUiStringError, pluralFormsOf, stringsFilePath, stringsFolder, type UiStrings } from '../../src/i18n/translator.ts';

const swedish: UiStrings = { 'site.name': 'Ny i Sverige', 'search.results_one': '{{count}} träff', 'search.results_other': '{{count}} träffar', 'notice.title': 'Inte på {{language}}' };

describe('translators', () => {
  const translatorFor = createTranslators({ sv: swedish, en: { 'site.name': 'New in Sweden' } });
  it('translate with plural forms and placeholders', () => {
    assert.equal(translatorFor('sv')('site.name'), 'Ny i Sverige');
    assert.equal(translatorFor('sv')('search.results', { count: 2 }), '2 träffar');
    assert.equal(translatorFor('sv')('notice.title', { language: 'العربية' }), 'Inte på العربية');
  });
  it('throw on a missing string, naming the file and the key, instead of showing Swedish', () => {
    assert.throws(() => translatorFor('en')('notice.title'), (error: unknown) => {
      assert.ok(error instanceof MissingUiStringError);
      assert.match(error.message, /^src\/i18n\/strings\/en\.json: the interface string "notice\.title" is missing/);
      return true;
    });
  });
  it('give the same string on every call, each language its own, and throw on every call for a missing one', () => {
    // Strings asked for without options are remembered per language (the build asks ten thousand times).
    for (let call = 0; call < 2; call += 1) {
      assert.equal(translatorFor('sv')('site.name'), 'Ny i Sverige');
      assert.equal(translatorFor('en')('site.name'), 'New in Sweden');
      assert.equal(translatorFor('sv')('search.results', { count: call }), call === 1 ? '1 träff' : '0 träffar');
      assert.throws(() => translatorFor('en')('notice.title'), MissingUiStringError);
    }
  });
  it('give the plural variants of a key by category', () => {
    assert.deepEqual(pluralFormsOf(swedish, 'search.results'), { one: '{{count}} träff', other: '{{count}} träffar' });
    assert.throws(() => pluralFormsOf(swedish, 'site.name'), /"site\.name_other" is missing/);
  });
});

describe('checking a translated strings file', () => {
  const problems = (lang: string, locale: string, strings: UiStrings) => checkUiStrings(lang, locale, strings, swedish, 'strings').map((problem) => `${problem.file} ${problem.key}: ${problem.problem}`);
  it('passes a complete file', () => {
    assert.deepEqual(problems('en', 'en-GB', { 'site.name': 'x', 'search.results_one': '{{count}} hit', 'search.results_other': '{{count}} hits', 'notice.title': 'Not in {{language}}' }), []);
  });
  it('names missing and extra keys, with the folder it read', () => {
    assert.deepEqual(problems('en', 'en-GB', { 'search.results_one': '{{count}} hit', 'search.results_other': '{{count}} hits', 'notice.title': '{{language}}', extra: 'x' }), [
      'strings/en.json site.name: missing',
      'strings/en.json extra: not in the Swedish file',
    ]);
  });
  it('asks for the plural forms the language uses, and only those', () => {
    const arabic = problems('ar', 'ar', { 'site.name': 'x', 'search.results_one': 'x', 'search.results_other': '{{count}}', 'notice.title': '{{language}}' });
    assert.deepEqual(arabic, ['zero', 'two', 'few', 'many'].map((category) => `strings/ar.json search.results_${category}: plural form "${category}" is missing`));
    const tigrinya = problems('ti', 'ti', { 'site.name': 'x', 'search.results_one': '{{count}}', 'search.results_few': '{{count}}', 'search.results_other': '{{count}}', 'notice.title': '{{language}}' });
    assert.deepEqual(tigrinya, ['strings/ti.json search.results_few: plural form "few" is never used in ti']);
  });
  it('finds placeholders that differ from Swedish', () => {
    assert.deepEqual(problems('en', 'en-GB', { 'site.name': 'x', 'search.results_one': 'one hit', 'search.results_other': 'hits', 'notice.title': 'Not in {{lang}}' }), [
      'strings/en.json search.results_other: placeholders differ from Swedish (missing {{count}})',
      'strings/en.json notice.title: placeholders differ from Swedish (missing {{language}}) (unknown {{lang}})',
    ]);
  });
});

describe('the Swedish strings file', () => {
  it('holds no key that the site never uses', () => {
    const source = (folder: string): string => readdirSync(folder, { withFileTypes: true })
      .map((entry) => (entry.isDirectory() ? source(path.join(folder, entry.name)) : /\.(ts|astro)$/.test(entry.name) ? readFileSync(path.join(folder, entry.name), 'utf8') : ''))
      .join('\n');
    const code = source('src');
    const strings = JSON.parse(readFileSync(stringsFilePath('sv'), 'utf8')) as UiStrings;
    // Keys built from a prefix (`status.${cell.status}`) count as used when the prefix is.
    const unused = Object.keys(strings)
      .map((key) => key.replace(pluralSuffix, ''))
      .filter((key) => !code.includes(`'${key}'`) && !code.includes(`\`${key.slice(0, key.lastIndexOf('.') + 1)}\${`));
    assert.deepEqual([...new Set(unused)], [], `unused keys in ${stringsFolder}/sv.json`);
  });
});
