/** "What changed": schema, hash, per-page and site-wide lists, the Atom feed and the check. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContentFile } from '../../src/content-files/file.ts';
import { sourceHashOf } from '../../src/content-files/hash.ts';
import { ContentError } from '../../src/content-files/errors.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { atomFeed, changesOf, siteChanges } from '../../src/site/changes.ts';
import { changeProblems } from '../../src/checks/changes.ts';
import { changesFeedUrl, generatedPageUrl } from '../../src/site/routes.ts';
import { sitemapPaths } from '../../src/site/sitemap.ts';
import { contentFile, sourceFile } from '../support/content-file.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function parse(yamlChanges: string) {
  const text = `---\ntitle: T\ndescription: D\nupdated: 2026-12-01\nsources:\n  - title: M\n    url: https://www.migrationsverket.se/\nchanges:\n${yamlChanges}\n---\nText.\n`;
  return () => readContentFile(text, 'sv/a.md', 'content/sv/a.md');
}

describe('changes in the frontmatter', () => {
  it('reads dated one-line summaries', () => {
    const file = parse('  - date: 2026-12-07\n    summary: Ny sida.')();
    assert.deepEqual(file.data.changes, [{ date: day('2026-12-07'), summary: 'Ny sida.' }]);
  });

  it('rejects an empty summary, naming the file and the line of that entry', () => {
    const read = parse('  - date: 2026-12-01\n    summary: Först.\n  - date: 2026-12-07\n    summary: "  "');
    assert.throws(read, (error: unknown) => error instanceof ContentError && error.line === 12 && /changes\.1\.summary/.test(error.message) && /summary/.test(error.hint));
  });

  it('rejects a day that does not exist and a date that is not YYYY-MM-DD', () => {
    assert.throws(parse('  - date: 2026-02-30\n    summary: X'), (error: unknown) => error instanceof ContentError && error.line === 9 && /not a day of the calendar/.test(error.message));
    assert.throws(parse('  - date: 7 december\n    summary: X'), (error: unknown) => error instanceof ContentError && /YYYY-MM-DD/.test(error.message));
  });

  it('does not count toward the source hash, so translations do not go outdated', () => {
    const plain = sourceFile('a');
    const withChanges = sourceFile('a', { changes: [{ date: day('2026-12-07'), summary: 'Ny sida.' }] });
    assert.equal(sourceHashOf(withChanges), sourceHashOf(plain));
  });
});

const sv = sourceFile('asyl/lma', { title: 'LMA-kortet', changes: [{ date: day('2026-11-01'), summary: 'Äldre.' }, { date: day('2026-12-07'), summary: 'Nyare.' }] });
const svOther = sourceFile('asyl/dublin', { title: 'Dublin', changes: [{ date: day('2026-12-01'), summary: 'Mitten.' }] });
const ar = contentFile('ar', 'asyl/lma', { title: 'بطاقة', translation: { method: 'machine' }, changes: [{ date: day('2026-12-07'), summary: 'أحدث.' }] });
const model = buildSiteModel([sv, svOther, ar]);
const pageOf = (lang: string, id: string) => model.pages.find((page) => page.lang === lang && page.id === id)!;

describe('changesOf', () => {
  it('lists a page’s changes newest first, translated where the translation has the date', () => {
    assert.deepEqual(changesOf(pageOf('ar', 'asyl/lma')), [
      { date: '2026-12-07', summary: 'أحدث.', summaryLang: 'ar' },
      { date: '2026-11-01', summary: 'Äldre.', summaryLang: 'sv' },
    ]);
  });

  it('shows Swedish summaries on a fallback page, marked as Swedish', () => {
    assert.deepEqual(changesOf(pageOf('ti', 'asyl/lma')).map((change) => change.summaryLang), ['sv', 'sv']);
  });
});

describe('siteChanges', () => {
  it('lists every change in a language newest first, with the page title in its language', () => {
    const changes = siteChanges(model.pages, 'ar');
    assert.deepEqual(changes.map((change) => [change.date, change.title, change.titleLang]), [
      ['2026-12-07', 'بطاقة', 'ar'],
      ['2026-12-01', 'Dublin', 'sv'],
      ['2026-11-01', 'بطاقة', 'ar'],
    ]);
  });
});

describe('atomFeed', () => {
  const siteUrl = new URL('https://example.org');
  const xml = atomFeed({ lang: 'ar', title: 'آخر <التغييرات>', selfUrl: 'https://example.org/ar/andringar.xml', alternateUrl: 'https://example.org/ar/andringar/', siteUrl, changes: siteChanges(model.pages, 'ar') });

  it('is Atom 1.0 with the feed’s id, title, updated and self and alternate links', () => {
    assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/);
    assert.match(xml, /<id>https:\/\/example.org\/ar\/andringar\/<\/id>/);
    assert.match(xml, /<title>آخر &lt;التغييرات&gt;<\/title>/);
    assert.match(xml, /<updated>2026-12-07T00:00:00Z<\/updated>/);
    assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/example.org\/ar\/andringar.xml"\/>/);
    assert.match(xml, /<link rel="alternate" type="text\/html" hreflang="ar" href="https:\/\/example.org\/ar\/andringar\/"\/>/);
  });

  it('has one entry per change, newest first, linking its page; Swedish text is marked', () => {
    const entries = [...xml.matchAll(/<entry([^>]*)>([\s\S]*?)<\/entry>/g)];
    assert.equal(entries.length, 3);
    assert.match(entries[0]![2]!, /<id>https:\/\/example.org\/ar\/asyl\/lma\/#andring-2026-12-07<\/id>/);
    assert.match(entries[0]![2]!, /<link rel="alternate" type="text\/html" href="https:\/\/example.org\/ar\/asyl\/lma\/"\/>/);
    assert.match(entries[0]![2]!, /<summary type="text">أحدث.<\/summary>/);
    assert.equal(entries[1]![1], ' xml:lang="sv"');
    assert.match(entries[2]![2]!, /<summary type="text" xml:lang="sv">Äldre.<\/summary>/);
  });
});

describe('the changes page and feed addresses', () => {
  it('are made by the routes module and the page is in the sitemap', () => {
    assert.equal(generatedPageUrl('ti', 'changes'), '/ti/andringar/');
    assert.equal(changesFeedUrl('ti'), '/ti/andringar.xml');
    assert.ok(sitemapPaths(model.pages).has('/ti/andringar/'));
  });
});

describe('changeProblems', () => {
  const text = '---\ntitle: T\nchanges:\n  - date: 2026-12-07\n    summary: A\n  - date: 2027-01-01\n    summary: B\n---\n';
  it('rejects a change dated after today, with its line', () => {
    const file = sourceFile('a', { changes: [{ date: day('2026-12-07'), summary: 'A' }, { date: day('2027-01-01'), summary: 'B' }] });
    const { errors } = changeProblems(file, () => text, undefined, '2026-12-07');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.line, 6);
    assert.match(errors[0]!.message, /content\/sv\/a.md:6: the change dated 2027-01-01 lies in the future/);
  });

  it('warns when a translation lacks a source date or has one the source lacks', () => {
    const source = sourceFile('a', { changes: [{ date: day('2026-12-07'), summary: 'A' }] });
    const translation = contentFile('en', 'a', { changes: [{ date: day('2026-12-01'), summary: 'B' }] });
    const { errors, warnings } = changeProblems(translation, () => '---\nchanges:\n  - date: 2026-12-01\n    summary: B\n---\n', source, '2026-12-07');
    assert.deepEqual(errors, []);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /^content\/en\/a.md:3: the change dated 2026-12-01 is not in the Swedish page/);
    assert.match(warnings[1]!, /no translated summary for the change dated 2026-12-07/);
  });

  it('reads the file only when a message names a line', () => {
    const file = sourceFile('a', { changes: [{ date: day('2026-12-07'), summary: 'A' }] });
    let reads = 0;
    const { errors, warnings } = changeProblems(file, () => (reads += 1, text), undefined, '2026-12-07');
    assert.deepEqual([errors, warnings, reads], [[], [], 0]);
  });
});
