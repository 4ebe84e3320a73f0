import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { keysMissingFromSource, keysUsedIn, untranslatedStrings, valueProblems } from '../../src/checks/ui-strings.ts';

describe('interface string values', () => {
  it('refuses numbers, null, lists and empty text, in every language', () => {
    const problems = valueProblems('sv', { a: 12, b: null, c: ['x'], d: '  ', e: 'Text' }, 'strings');
    assert.deepEqual(problems.map((problem) => `${problem.key}: ${problem.problem}`), [
      'a: the value is a number (12), not text',
      'b: the value is null, not text',
      'c: the value is a list, not text',
      'd: the value is empty',
    ]);
    assert.equal(problems[0]!.file, 'strings/sv.json');
  });

  it('reports text left in Swedish, except names and text without letters', () => {
    const source = { title: 'Sök', count: '{{count}}', service: 'BankID', other: 'Källor' };
    const problems = untranslatedStrings('ar', { title: 'Sök', count: '{{count}}', service: 'BankID', other: 'المصادر' }, source, 'strings');
    assert.deepEqual(problems.map((problem) => problem.key), ['title']);
    assert.match(problems[0]!.problem, /the text is the Swedish text \("Sök"\)/);
  });

  it('finds the keys the code uses and those missing from the Swedish file', () => {
    const used = keysUsedIn("const a = t('page.sources');\n<span>{t(\"search.results\", { count })}</span>\n{ labelKey: 'emergency.999' }", 'src/x.astro');
    assert.deepEqual(used.map((use) => `${use.key}@${use.line}`), ['page.sources@1', 'search.results@2', 'emergency.999@3']);
    const missing = keysMissingFromSource(used, { 'page.sources': 'Källor', 'search.results_one': '{{count}} träff', 'search.results_other': '{{count}} träffar' });
    assert.deepEqual(missing.map((use) => `${use.file}:${use.line} ${use.key}`), ['src/x.astro:3 emergency.999']);
  });

  it('finds every key the real code uses in the Swedish file', () => {
    const files = (directory: string): string[] => readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(directory, entry.name)) : /\.(ts|astro)$/.test(entry.name) ? [path.join(directory, entry.name)] : []));
    const used = files('src').flatMap((file) => keysUsedIn(readFileSync(file, 'utf8'), file));
    assert.ok(used.length > 30, `found ${used.length} uses`);
    assert.deepEqual(keysMissingFromSource(used, JSON.parse(readFileSync('src/i18n/strings/sv.json', 'utf8')) as Record<string, string>), []);
  });
});
