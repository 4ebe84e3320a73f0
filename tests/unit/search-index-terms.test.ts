import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldedWords, indexedPage, indexedText, keywordsByFile, keywordsOfBuiltPage, pageTerms, withTerms } from '../../src/search/index-terms.ts';

const page = '<html><body><header>Meny</header><main id="main" data-pagefind-body><h1>اللغة السويدية</h1><p>في <span lang="sv">Malmö</span> &amp; غيرها</p><script>var x = "ignored";</script></main><footer>x</footer></body></html>';

describe('hidden search terms', () => {
  it('reads only the indexed part of the page, without tags or scripts', () => {
    const text = indexedText(page);
    assert.match(text, /اللغة السويدية/);
    assert.match(text, /Malmö\s+&\s+غيرها/);
    assert.doesNotMatch(text, /Meny|ignored|footer/);
  });

  it('holds the vocabulary and keywords, folded, and the folded spellings of page words', () => {
    const terms = pageTerms(page, 'ar', ['دکتور', 'LMA']);
    assert.ok(terms.includes('دكتور'), 'vocabulary folded to Arabic letters');
    assert.ok(terms.includes('lma'));
    assert.ok(terms.includes('اللغه') && terms.includes('السويديه'), 'ta marbuta folded');
    assert.ok(!terms.includes('malmo'), 'Pagefind strips diacritics itself: no extra term');
    assert.ok(!terms.includes('في'), 'words folding does not change are not repeated');
  });

  it('adds the terms as a Pagefind metadata field, escaped, and leaves a page without terms as it is', () => {
    const html = withTerms(page, ['a"b', 'c<d']);
    assert.match(html, /<span hidden data-pagefind-meta="terms\[data-terms\]" data-terms="a&quot;b c&lt;d"><\/span><\/body>/);
    assert.equal(withTerms(page, []), page);
  });

  it('adds the vocabulary words as a field of their own, folded, so they can weigh more than keywords', () => {
    assert.deepEqual(foldedWords(['دکتور', 'LMA'], 'ar'), ['دکتور', 'دكتور', 'lma']);
    const html = withTerms(page, ['x'], ['دكتور']);
    assert.match(html, /data-pagefind-meta="terms\[data-terms\]" data-terms="x"><\/span><span hidden data-pagefind-meta="vocabulary\[data-vocabulary\]" data-vocabulary="دكتور"><\/span><\/body>/);
    assert.doesNotMatch(withTerms(page, ['x']), /vocabulary/);
  });

  it("finds a built page's keywords in its own language's file, a section's in its index file, never in Swedish", () => {
    const keywords = keywordsByFile([
      { folder: 'sv', id: 'asyl/lma', data: { keywords: ['LMA'] } },
      { folder: 'sv', id: 'asyl/index', data: { keywords: ['asyl'] } },
      { folder: 'ar', id: 'asyl/index', data: { keywords: ['لجوء'] } },
      { folder: 'sv', id: 'index', data: { keywords: ['hem'] } },
    ]);
    assert.deepEqual(keywordsOfBuiltPage(keywords, 'sv', 'asyl/lma'), ['LMA']);
    assert.deepEqual(keywordsOfBuiltPage(keywords, 'sv', 'asyl'), ['asyl']);
    assert.deepEqual(keywordsOfBuiltPage(keywords, 'ar', 'asyl'), ['لجوء']);
    assert.deepEqual(keywordsOfBuiltPage(keywords, 'sv', 'index'), ['hem']);
    assert.deepEqual(keywordsOfBuiltPage(keywords, 'ar', 'asyl/lma'), [], 'an Arabic fallback of a Swedish page gets no Swedish keywords');
  });

  it('hands Pagefind the head and the indexed <main>, without what surrounds it', () => {
    const whole = '<!doctype html><html lang="sv"><head><title>T</title></head><body class="x"><header><nav>Meny</nav></header><div><main id="main" data-pagefind-body><h1>Rubrik</h1></main></div><footer>Sidfot</footer><script src="/a.js"></script></body></html>';
    assert.equal(indexedPage(whole), '<!doctype html><html lang="sv"><head><title>T</title></head><body class="x"><main id="main" data-pagefind-body><h1>Rubrik</h1></main></body></html>');
    const notIndexed = whole.replace(' data-pagefind-body', '');
    assert.equal(indexedPage(notIndexed), notIndexed);
  });
});
