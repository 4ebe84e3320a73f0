import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getLanguage, languageCodes, type LanguageCode } from '../../src/i18n/languages.ts';
import { formatDate, isoDate } from '../../src/site/dates.ts';

describe('dates', () => {
  const day = new Date('2026-11-21');
  const expected: Record<LanguageCode, string> = {
    sv: '21 november 2026',
    en: '21 November 2026',
    ar: '21 نوفمبر 2026',
    fa: '۳۰ آبان ۱۴۰۵ (۲۱ نوامبر ۲۰۲۶)',
    prs: '۳۰ عقرب ۱۴۰۵ (۲۱ نومبر ۲۰۲۶)',
    ps: '۱۴۰۵ لړم ۳۰ (۲۰۲۶ نومبر ۲۱)',
    ckb: '٢١ی تشرینی دووەمی ٢٠٢٦',
    so: 'Noofeembar 21, 2026',
    ti: 'ሕዳር 21, 2026 (2026-11-21)',
    ru: '21 ноября 2026 г.',
    uk: '21 листопада 2026 р.',
  };

  for (const lang of languageCodes) {
    it(`in ${lang}: ${expected[lang]}`, () => {
      assert.equal(formatDate(day, lang), expected[lang]);
    });
  }

  it('shows the Gregorian year beside the Solar Hijri one in Persian, Dari and Pashto', () => {
    for (const lang of ['fa', 'prs', 'ps'] as const) {
      assert.match(formatDate(day, lang), /۱۴۰۵/, `${lang}: the everyday calendar`);
      assert.match(formatDate(day, lang), /۲۰۲۶/, `${lang}: the Gregorian year`);
    }
  });

  it('has no Latin letters in a right-to-left date', () => {
    for (const lang of languageCodes.filter((code) => getLanguage(code).dir === 'rtl')) {
      assert.doesNotMatch(formatDate(day, lang), /[A-Za-z]/, lang);
    }
  });

  it('keeps the day in any timezone, and gives the machine-readable form', () => {
    assert.equal(formatDate(new Date('2026-01-01'), 'sv'), '1 januari 2026');
    assert.equal(isoDate(day), '2026-11-21');
  });
});
