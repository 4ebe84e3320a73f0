import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContentFile } from '../../src/content-files/file.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { translationNumberProblems } from '../../src/checks/numbers.ts';
import { syntheticSite, vocabularyOf } from '../../tools/synthetic-content.ts';

describe('synthetic benchmark content', () => {
  const vocabularies = {
    sv: vocabularyOf('---\ntitle: x\n---\nDu kan söka asyl hos Migrationsverket när du kommer till Sverige.'),
    ti: vocabularyOf('---\ntitle: x\n---\nኣብ ሽወደን ዑቕባ ክትሓቱ ትኽእሉ ኢኹም።'),
  };
  const files = syntheticSite(vocabularies, 'sv', { pagesPerLanguage: 25, pagesPerSection: 10, missingShare: 0.2, wordsPerPage: 100 });
  const parsed = files.map((file) => readContentFile(file.text, file.path, file.path));

  it('writes valid pages whose translations are current, with some left missing', () => {
    const model = buildSiteModel(parsed);
    assert.deepEqual(model.errors, []);
    const tigrinya = model.pages.filter((page) => page.lang === 'ti');
    assert.equal(tigrinya.length, 25);
    assert.ok(tigrinya.some((page) => page.status === 'current'));
    assert.ok(tigrinya.some((page) => page.status === 'missing'));
    assert.ok(tigrinya.every((page) => page.status !== 'outdated'));
  });

  it('gives a translation no number its Swedish source lacks, so the content check passes', () => {
    const withDigits = { sv: vocabularyOf('---\ntitle: x\n---\nRing 112 eller 1177. Bo 2026 i 18år.'), ti: [...vocabularies.ti, '4711', 'x9'] };
    const model = buildSiteModel(syntheticSite(withDigits, 'sv', { pagesPerLanguage: 25, pagesPerSection: 10, missingShare: 0.2, wordsPerPage: 400 }).map((file) => readContentFile(file.text, file.path, file.path)));
    assert.deepEqual(translationNumberProblems(model).errors.map((error) => error.message), []);
  });

  it('writes each language in its own script at a realistic length', () => {
    const page = parsed.find((file) => file.folder === 'ti' && file.id === 'avsnitt-001/index')!;
    assert.match(page.body, /\p{Script=Ethiopic}/u);
    assert.ok(page.body.split(/\s+/).length >= 100);
  });
});
