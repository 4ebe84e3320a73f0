import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asTypedFromSearch, fillPlaceholders, pluralText, queryFromSearch, searchAddress, urlInLanguage } from '../../src/search/text.ts';

describe('search text', () => {
  it('chooses the plural form the language needs', () => {
    const russian = { one: '{{count}} результат', few: '{{count}} результата', many: '{{count}} результатов', other: '{{count}} результата' };
    assert.equal(pluralText(russian, 1, 'ru'), '1 результат');
    assert.equal(pluralText(russian, 3, 'ru'), '3 результата');
    assert.equal(pluralText(russian, 11, 'ru'), '11 результатов');
    const arabic = { zero: 'zero {{count}}', one: 'one', two: 'two', few: 'few {{count}}', many: 'many {{count}}', other: 'other {{count}}' };
    assert.equal(pluralText(arabic, 0, 'ar'), 'zero 0');
    assert.equal(pluralText(arabic, 2, 'ar'), 'two');
    assert.equal(pluralText(arabic, 5, 'ar'), 'few 5');
  });

  it('falls back to the other form and writes digits the language’s way', () => {
    assert.equal(pluralText({ other: '{{count}} نتیجه' }, 12, 'fa-IR'), '۱۲ نتیجه');
  });

  it('fills named placeholders and leaves unknown ones', () => {
    assert.equal(fillPlaceholders('Inga träffar för ”{{query}}”', { query: 'LMA' }), 'Inga träffar för ”LMA”');
    assert.equal(fillPlaceholders('{{x}}', {}), '{{x}}');
  });

  it('maps a result to the same page in the reader’s language', () => {
    assert.equal(urlInLanguage('/sv/jag-ar-asylsokande/lma-kortet/', 'ti'), '/ti/jag-ar-asylsokande/lma-kortet/');
  });

  it('reads the query from the address', () => {
    assert.equal(queryFromSearch('?q=%20personnummer%20'), 'personnummer');
    assert.equal(queryFromSearch(''), '');
  });

  it('writes and reads a search for the query exactly as typed', () => {
    const asTyped = searchAddress('/ps/sok/', 'ډبلین', true);
    assert.equal(queryFromSearch(asTyped.slice(asTyped.indexOf('?'))), 'ډبلین');
    assert.equal(asTypedFromSearch(asTyped.slice(asTyped.indexOf('?'))), true);
    assert.equal(searchAddress('/en/sok/', 'lma card'), '/en/sok/?q=lma+card');
    assert.equal(asTypedFromSearch('?q=lma+card'), false);
  });
});
