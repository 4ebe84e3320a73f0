import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedMistakes, closestWord, editDistance, spellingSuggestion, spellingWordList, spellingWordsUrl } from '../../src/search/suggest.ts';

describe('spelling suggestion', () => {
  it('counts added, dropped, changed and swapped letters', () => {
    assert.equal(editDistance('avslag', 'avslag', 2), 0);
    assert.equal(editDistance('avslg', 'avslag', 2), 1);
    assert.equal(editDistance('avsalg', 'avslag', 2), 1);
    assert.equal(editDistance('afslag', 'avslag', 2), 1);
    assert.equal(editDistance('afsalg', 'avslag', 2), 2);
    // Ge'ez and Arabic letters are single code points: one changed letter is one mistake.
    assert.equal(editDistance('ዶክተረ', 'ዶክተር', 2), 1);
    assert.equal(editDistance('دكتر', 'دكتور', 2), 1);
  });

  it('stops early once the distance passes the limit', () => {
    assert.equal(editDistance('a', 'abcdef', 2), 3);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  });

  it('allows fewer mistakes in short words and none in very short ones', () => {
    assert.equal(allowedMistakes('ab'), 0);
    assert.equal(allowedMistakes('tax'), 1);
    assert.equal(allowedMistakes('doctor'), 2);
  });

  it('prefers the closest word, then the more common one', () => {
    assert.equal(closestWord('docter', ['dentist', 'doctor', 'docker']), 'doctor');
    // Both one letter away: the first (more common) wins.
    assert.equal(closestWord('cart', ['card', 'care']), 'card');
    assert.equal(closestWord('zzzzzz', ['doctor']), undefined);
    assert.equal(closestWord('doctor', ['doctor', 'doctors']), undefined);
  });

  it('corrects only the unknown words of a query, folded as the index folds them', () => {
    const known = ['lost', 'card', 'residence', 'permit'];
    assert.equal(spellingSuggestion('Lost my kard', 'en', known), 'lost my card');
    assert.equal(spellingSuggestion('residnce permt', 'en', known), 'residence permit');
    assert.equal(spellingSuggestion('lost card', 'en', known), undefined);
    // Persian keyboard letters are folded to the Arabic site's letters before comparing, and
    // the suggestion is spelled as the pages spell it (ى, not the folded ي).
    assert.equal(spellingSuggestion('دکتر', 'ar', ['دكتور']), 'دكتور');
    assert.equal(spellingSuggestion('مستشقى', 'ar', ['مستشفى']), 'مستشفى');
  });

  it('lists a language’s words once, most common first, without numbers and short words', () => {
    assert.deepEqual(spellingWordList(['Доктор і лікар', 'лікар 112', 'Лікар'], 'uk'), ['лікар', 'доктор']);
    // Spellings that fold together count as one word, written as the pages write it most.
    assert.deepEqual(spellingWordList(['مستشفى مستشفى مستشفي'], 'ar'), ['مستشفى']);
    assert.deepEqual(spellingWordList(['a b c d', 'one two two'], 'en', 1), ['two']);
  });

  it('publishes each list beside the search index, by html lang', () => {
    assert.equal(spellingWordsUrl('fa-AF'), '/pagefind/spelling-fa-af.json');
  });
});
