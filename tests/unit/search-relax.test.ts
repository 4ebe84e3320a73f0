import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { glossaryBelowAnswers, ignoreSet, meaningfulWords, mergeRelaxed, searchForm, shorterForms } from '../../src/search/relax.ts';

describe('relaxed search', () => {
  it('drops the words the vocabulary marks as too common, and one-letter words', () => {
    assert.deepEqual(meaningfulWords('How to appeal a rejection', 'en', ignoreSet(['how', 'to'], 'en')), ['appeal', 'rejection']);
    assert.deepEqual(meaningfulWords('كيف اعترض على الرفض', 'ar', ignoreSet(['كيف', 'على'], 'ar')), ['اعترض', 'الرفض']);
  });

  it('keeps every word when all of them are common', () => {
    assert.deepEqual(meaningfulWords('how to', 'en', ignoreSet(['how', 'to'], 'en')), ['how', 'to']);
  });

  it('folds the query before splitting it, and searches each word once', () => {
    assert.deepEqual(meaningfulWords('دكتر دکتر', 'fa', new Set()), ['دکتر']);
  });

  it('ranks pages matching more words above pages matching fewer', () => {
    // a is the best page for the first word; b is weak for both, but matches both.
    const others = (prefix: string) => Array.from({ length: 20 }, (_, index) => ({ id: `${prefix}${index}`, score: 10 }));
    const merged = mergeRelaxed([], [
      [{ id: 'a', score: 10 }, { id: 'b', score: 1 }, ...others('x')],
      [{ id: 'b', score: 1 }, ...others('y')],
    ]);
    assert.deepEqual([merged[0]!.id, merged[0]!.matched], ['b', 2]);
    assert.ok(merged.slice(1).every((hit) => hit.matched === 1));
  });

  it('keeps pages the whole query found at the top, in Pagefind’s order', () => {
    const merged = mergeRelaxed([{ id: 'w2', score: 1 }, { id: 'w1', score: 5 }], [
      [{ id: 'x', score: 100 }, { id: 'w1', score: 5 }],
      [{ id: 'x', score: 100 }, { id: 'w2', score: 1 }],
    ]);
    assert.deepEqual(merged.map((hit) => hit.id), ['w2', 'w1', 'x']);
  });

  it('lets a rare word count for more than a common one among pages matching as many words', () => {
    const common = Array.from({ length: 30 }, (_, index) => ({ id: `c${index}`, score: 10 }));
    const merged = mergeRelaxed([], [common, [{ id: 'rare', score: 1 }]]);
    assert.equal(merged[0]!.id, 'rare');
  });

  it('is never empty when one word finds a page', () => {
    assert.equal(mergeRelaxed([], [[], [{ id: 'p', score: 1 }], []]).length, 1);
  });

  it('trims word endings only in languages without a stemmer, never below four letters', () => {
    assert.deepEqual(shorterForms('робота', 'uk'), ['робот', 'робо']);
    assert.deepEqual(shorterForms('работа', 'ru'), []);
    assert.deepEqual(shorterForms('shaqo', 'so'), ['shaq']);
    assert.deepEqual(shorterForms('کار', 'fa'), []);
  });

  it('searches long words without their last letter where Pagefind has no stemmer', () => {
    assert.equal(searchForm('шведську', 'uk'), 'шведськ');
    assert.equal(searchForm('шведскую', 'ru'), 'шведскую');
    assert.equal(searchForm('лікар', 'uk'), 'лікар');
    // Both verbs of a Ukrainian pair meet at their stem: вивчити / вивчати (to learn).
    assert.equal(searchForm('вивчити', 'uk'), 'вивч');
    assert.equal(searchForm('вивчати', 'uk'), 'вивч');
    assert.equal(searchForm('працювати', 'uk'), 'прац');
    assert.equal(searchForm('робити', 'uk'), 'робит');
    assert.equal(searchForm('folkbokföring', 'sv'), 'folkbokföring');
  });

  it('puts the glossary below the pages that match as many words, and keeps it in the list', () => {
    const page = (url: string, matched: number) => ({ url, matched });
    const isGlossary = (found: { url: string }) => found.url === 'glossary';
    const urls = (pages: { url: string }[]) => pages.map((found) => found.url);
    assert.deepEqual(urls(glossaryBelowAnswers([page('glossary', 2), page('bank', 2), page('first-steps', 2)], isGlossary)), ['bank', 'first-steps', 'glossary']);
    // A page matching fewer of the query's words stays below it.
    assert.deepEqual(urls(glossaryBelowAnswers([page('glossary', 2), page('bank', 2), page('police', 1)], isGlossary)), ['bank', 'glossary', 'police']);
    assert.deepEqual(urls(glossaryBelowAnswers([page('glossary', 1)], isGlossary)), ['glossary']);
    assert.deepEqual(urls(glossaryBelowAnswers([page('bank', 1), page('police', 1)], isGlossary)), ['bank', 'police']);
  });
});
