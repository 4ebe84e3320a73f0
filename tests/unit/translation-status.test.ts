import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentFile, sourceFile } from '../support/content-file.ts';
import { sourceHashOf } from '../../src/content-files/hash.ts';
import { buildSiteModel, isUnreviewedMachineTranslation, translationStatus } from '../../src/site/model.ts';
import { statusMatrix, translationReport } from '../../src/site/status.ts';

describe('translationStatus', () => {
  it('is current when the recorded hash matches today’s source', () => {
    assert.equal(translationStatus('translation', 'abc', 'abc'), 'current');
  });
  it('is outdated when the source changed since', () => {
    assert.equal(translationStatus('translation', 'def', 'abc'), 'outdated');
  });
  it('is outdated, never current, when the translation records no source version', () => {
    assert.equal(translationStatus('translation', 'abc', undefined), 'outdated');
  });
  it('is missing on a fallback and source on the Swedish page', () => {
    assert.equal(translationStatus('fallback', 'abc', undefined), 'missing');
    assert.equal(translationStatus('source', 'abc', undefined), 'source');
  });
});

const source = sourceFile('a');
const translation = (folder: string, method: 'human' | 'machine' | 'machine-reviewed', recorded: string | undefined) =>
  contentFile(folder, 'a', { translation: { method, ...(recorded ? { source: recorded } : {}) } });
const hash = sourceHashOf(source);
const model = buildSiteModel([
  source,
  translation('en', 'machine', hash),
  translation('ar', 'machine-reviewed', '000000000000'),
  translation('so', 'human', undefined),
]);
const page = (lang: string) => model.pages.find((candidate) => candidate.lang === lang)!;

describe('status in the site model', () => {
  it('marks an unstamped translation outdated, so readers are warned', () => {
    assert.equal(page('so').status, 'outdated');
  });
  it('flags only unreviewed machine translations', () => {
    assert.equal(isUnreviewedMachineTranslation(page('en')), true);
    assert.equal(isUnreviewedMachineTranslation(page('ar')), false);
    assert.equal(isUnreviewedMachineTranslation(page('so')), false);
    assert.equal(isUnreviewedMachineTranslation(page('sv')), false);
    assert.equal(isUnreviewedMachineTranslation(page('ti')), false, 'a fallback is no translation');
  });
});

describe('status reports', () => {
  it('groups pages per language for the editors’ command', () => {
    const report = translationReport(model.pages);
    assert.equal(report.find((row) => row.lang === 'sv'), undefined, 'Swedish is the source, not a translation');
    assert.deepEqual(report.find((row) => row.lang === 'en'), { lang: 'en', current: ['a'], outdated: [], missing: [], machine: ['a'] });
    assert.deepEqual(report.find((row) => row.lang === 'ar'), { lang: 'ar', current: [], outdated: ['a'], missing: [], machine: [] });
    assert.deepEqual(report.find((row) => row.lang === 'ti'), { lang: 'ti', current: [], outdated: [], missing: ['a'], machine: [] });
  });
  it('gives the status page one row per page and one cell per language', () => {
    const [row] = statusMatrix(model.pages);
    assert.equal(row!.id, 'a');
    const cell = (lang: string) => row!.cells.find((candidate) => candidate.lang === lang)!;
    assert.deepEqual(cell('sv'), { lang: 'sv', url: '/sv/a/', status: 'source', machine: false });
    assert.deepEqual(cell('en'), { lang: 'en', url: '/en/a/', status: 'current', machine: true });
    assert.deepEqual(cell('so'), { lang: 'so', url: '/so/a/', status: 'outdated', machine: false });
    assert.deepEqual(cell('ti'), { lang: 'ti', url: '/ti/a/', status: 'missing', machine: false });
  });
});
