import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldForSearch, foldedVariants, wordsOf } from '../../src/search/normalise.ts';

describe('search normalisation', () => {
  it('folds Arabic-keyboard letters to the letters Persian, Dari and Pashto pages use', () => {
    assert.equal(foldForSearch('دكتر', 'fa'), 'دکتر');
    assert.equal(foldForSearch('پرسون نمبر', 'prs'), 'پرسون نمبر');
    assert.equal(foldForSearch('ماليات', 'fa'), 'مالیات');
    assert.equal(foldForSearch('كار', 'ps'), 'کار');
  });

  it('folds Persian-keyboard letters and ta marbuta to what Arabic pages use', () => {
    assert.equal(foldForSearch('دکتور', 'ar'), 'دكتور');
    assert.equal(foldForSearch('اللغة', 'ar'), foldForSearch('اللغه', 'ar'));
    assert.equal(foldForSearch('على', 'ar'), 'علي');
    assert.equal(foldForSearch('إقامة', 'ar'), foldForSearch('اقامه', 'ar'));
  });

  it('folds Sorani ه/ە/ة typed on Arabic or Persian keyboards together', () => {
    assert.equal(foldForSearch('ده‌بلن', 'ckb'), foldForSearch('دەبلن', 'ckb'));
    assert.equal(foldForSearch('دکتوره', 'ckb'), foldForSearch('دکتورە', 'ckb'));
    assert.equal(foldForSearch('كوردي', 'ckb'), 'کوردی');
    // ێ ۆ ڕ ڵ ڤ typed without a Sorani keyboard.
    assert.equal(foldForSearch('پێرسۆن', 'ckb'), foldForSearch('پیرسون', 'ckb'));
    assert.equal(foldForSearch('نێگەتیڤ', 'ckb'), foldForSearch('نیگەتیف', 'ckb'));
  });

  it('keeps Pashto’s own letters ې and ۍ apart from ی', () => {
    assert.equal(foldForSearch('شمېره', 'ps'), 'شمېره');
    assert.equal(foldForSearch('ورځنۍ', 'ps'), 'ورځنۍ');
  });

  it('removes tatweel, harakat and zero-width joiners', () => {
    assert.equal(foldForSearch('مـــدرســة', 'ar'), foldForSearch('مدرسة', 'ar'));
    assert.equal(foldForSearch('مَدْرَسَة', 'ar'), foldForSearch('مدرسة', 'ar'));
    assert.equal(foldForSearch('می‌خواهم', 'fa'), 'میخواهم');
  });

  it('writes Persian and Arabic-Indic digits as 0–9', () => {
    assert.equal(foldForSearch('۱۸ سالگی', 'fa'), '18 سالگی');
    assert.equal(foldForSearch('١١٢', 'ar'), '112');
  });

  it('folds Latin diacritics on non-Latin sites and keeps them on Swedish and English', () => {
    assert.equal(foldForSearch('Folkbokföring', 'ar'), 'folkbokforing');
    assert.equal(foldForSearch('Malmö', 'so'), 'malmo');
    assert.equal(foldForSearch('Körkort', 'sv'), 'körkort');
  });

  it('leaves other scripts alone apart from case', () => {
    assert.equal(foldForSearch('Пособие', 'ru'), 'пособие');
    assert.equal(foldForSearch('ዶክተር', 'ti'), 'ዶክተር');
  });

  it('splits words at spaces and punctuation but keeps joiners and hyphens inside words', () => {
    assert.deepEqual(wordsOf('LMA-kortet, (ID) «دكتور»'), ['LMA-kortet', 'ID', 'دكتور']);
  });

  it('lists only the folded spellings the index would otherwise miss', () => {
    assert.deepEqual(foldedVariants('اللغة السويدية في مالمو', 'ar').sort(), ['اللغه', 'السويديه'].sort());
    assert.deepEqual(foldedVariants('Körkort', 'sv'), []);
    assert.deepEqual(foldedVariants('دکتر', 'fa'), []);
  });

  it('gives the same variants page after page when a language remembers its folded words', () => {
    const memo = new Map<string, string | null>();
    assert.deepEqual(foldedVariants('اللغة في مالمو', 'ar', memo), ['اللغه']);
    assert.deepEqual(foldedVariants('في السويدية اللغة', 'ar', memo), ['السويديه', 'اللغه']);
    assert.deepEqual(foldedVariants('مالمو في', 'ar', memo), [], 'a remembered word without a variant adds none');
    assert.equal(memo.size, 4, 'each distinct word folded once');
  });
});
