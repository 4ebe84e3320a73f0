import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, isoDate } from '../../src/site/dates.ts';
import { alternatesFor, documentTitle } from '../../src/site/view.ts';
import { tocEntries } from '../../src/site/view.ts';

describe('table of contents', () => {
  const h2 = (slug: string) => ({ depth: 2, slug, text: slug });
  it('appears only with three or more sections', () => {
    assert.deepEqual(tocEntries([h2('a'), h2('b')]), []);
    assert.deepEqual(tocEntries([h2('a'), { depth: 3, slug: 'x', text: 'x' }, h2('b'), h2('c')]).map((entry) => entry.slug), ['a', 'b', 'c']);
  });
});

describe('dates', () => {
  const day = new Date('2026-11-21');
  it('formats in the reader’s language, digits and calendar', () => {
    assert.equal(formatDate(day, 'sv-SE'), '21 november 2026');
    assert.match(formatDate(day, 'fa-IR'), /۱۴۰۵/, 'Persian uses the Solar Hijri calendar and Persian digits');
    assert.match(formatDate(day, 'ru'), /ноября/);
    assert.equal(isoDate(day), '2026-11-21');
  });
});

describe('page head', () => {
  it('lists real versions as alternates with x-default on the Swedish source', () => {
    const alternates = alternatesFor('asyl/lma', ['sv', 'prs'], new URL('https://example.org'));
    assert.deepEqual(alternates, [
      { hreflang: 'sv', href: 'https://example.org/sv/asyl/lma/' },
      { hreflang: 'fa-AF', href: 'https://example.org/prs/asyl/lma/' },
      { hreflang: 'x-default', href: 'https://example.org/sv/asyl/lma/' },
    ]);
  });
  it('titles pages “Page – Site”', () => {
    assert.equal(documentTitle('LMA-kortet', 'Ny i Sverige'), 'LMA-kortet – Ny i Sverige');
    assert.equal(documentTitle(undefined, 'Ny i Sverige'), 'Ny i Sverige');
  });
});
