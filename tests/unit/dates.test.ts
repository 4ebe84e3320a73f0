import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, isoDate } from '../../src/site/dates.ts';

describe('dates', () => {
  const day = new Date('2026-11-21');
  it('formats in the reader’s language, digits and calendar', () => {
    assert.equal(formatDate(day, 'sv-SE'), '21 november 2026');
    assert.match(formatDate(day, 'fa-IR'), /۱۴۰۵/, 'Persian uses the Solar Hijri calendar and Persian digits');
    assert.match(formatDate(day, 'ru'), /ноября/);
    assert.equal(isoDate(day), '2026-11-21');
  });
});
