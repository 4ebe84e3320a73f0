/** Official hyphenated terms stay whole on a line (issue #13): which words count, and the HTML. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOfficialTerm, splitTerms } from '../../src/site/terms.ts';

describe('official terms', () => {
  it('are hyphenated words with an abbreviation in them', () => {
    for (const word of ['LMA-kort', 'LMA-kortet', 'AT-UND', 'EU-medborgare', 'ID-kort', 'HVB-hem', 'EUR-Lex']) assert.equal(isOfficialTerm(word), true, word);
    for (const word of ['t-shirt', 'Dari-talande', 'e-post', 'Sverige']) assert.equal(isOfficialTerm(word), false, word);
  });

  it('are split out of the text around them, in every script', () => {
    assert.deepEqual(splitTerms('Visa ditt LMA-kort och ditt AT-UND.'), [
      { text: 'Visa ditt ', term: false },
      { text: 'LMA-kort', term: true },
      { text: ' och ditt ', term: false },
      { text: 'AT-UND', term: true },
      { text: '.', term: false },
    ]);
    assert.deepEqual(splitTerms('کارت LMA-kort را نشان دهید'), [
      { text: 'کارت ', term: false },
      { text: 'LMA-kort', term: true },
      { text: ' را نشان دهید', term: false },
    ]);
    assert.deepEqual(splitTerms('e-post'), [{ text: 'e-post', term: false }]);
    assert.deepEqual(splitTerms(''), [{ text: '', term: false }]);
  });
});
