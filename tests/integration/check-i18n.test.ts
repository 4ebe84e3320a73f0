/**
 * `npm run check:i18n` over fixture content trees, one per kind of mistake: the exit code, and
 * a message that names the file and the fault. And the editor's loop: editing a Swedish page
 * makes its translation outdated; stamping the updated translation makes it current again.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const fixtures = path.resolve('tests/fixtures');
const temporary: string[] = [];
after(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function run(script: string, contentRoot: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: contentRoot, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const check = (contentRoot: string, args: string[] = [], env: Record<string, string> = {}) => run('scripts/check-i18n.ts', contentRoot, args, env);

function copyOf(fixture: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'i18n-check-'));
  temporary.push(folder);
  cpSync(path.join(fixtures, fixture), folder, { recursive: true });
  return folder;
}

describe('check:i18n', () => {
  it('passes a valid tree and prints the status table', () => {
    const { status, output } = check(path.join(fixtures, 'valid/content'));
    assert.equal(status, 0, output);
    assert.match(output, /lang\s+current\s+outdated\s+missing\s+machine/);
    assert.match(output, /^en\s+1\s+0\s+1\s+1$/m);
    assert.match(output, /No errors\./);
  });

  const cases: [fixture: string, message: RegExp][] = [
    ['orphan', /tests\/fixtures\/orphan\/content\/en\/b\.md: this translation has no Swedish source page/],
    ['unknown-folder', /tests\/fixtures\/unknown-folder\/content\/de\/a\.md: "de" is not a language of the site/],
    ['invalid-frontmatter', /tests\/fixtures\/invalid-frontmatter\/content\/sv\/a\.md:4: invalid frontmatter field `updated`: expected a date/],
    ['broken-yaml', /tests\/fixtures\/broken-yaml\/content\/sv\/a\.md:\d+: the frontmatter is not valid YAML/],
    ['dead-link', /tests\/fixtures\/dead-link\/content\/sv\/a\.md:12: link to a page that does not exist: \/finns-inte\//],
    ['dead-link', /tests\/fixtures\/dead-link\/content\/sv\/a\.md:12: external link without https: http:\/\/www\.migrationsverket\.se\//],
    ['unknown-hash', /tests\/fixtures\/unknown-hash\/content\/en\/a\.md: translation\.source abcdefabcdef matches no version of the Swedish page/],
  ];
  for (const [fixture, message] of cases) {
    it(`fails on ${fixture} and names the file and the fault`, () => {
      const { status, output } = check(path.join(fixtures, fixture, 'content'));
      assert.equal(status, 1, output);
      assert.match(output, message);
      assert.match(output, /→ /, 'says what to do');
      assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
    });
  }

  it('checks interface strings: missing and extra keys, placeholders, plural forms', () => {
    const strings = mkdtempSync(path.join(tmpdir(), 'ui-strings-'));
    temporary.push(strings);
    cpSync('src/i18n/strings', strings, { recursive: true });
    const arabic = JSON.parse(readFileSync(path.join(strings, 'ar.json'), 'utf8')) as Record<string, string>;
    delete arabic['skipLink'];
    delete arabic['search.results_few'];
    arabic['extra.key'] = 'زائد';
    arabic['notice.fallback.title'] = 'هذه الصفحة غير مترجمة';
    writeFileSync(path.join(strings, 'ar.json'), JSON.stringify(arabic));
    const russian = JSON.parse(readFileSync(path.join(strings, 'ru.json'), 'utf8')) as Record<string, string>;
    delete russian['search.results_many'];
    writeFileSync(path.join(strings, 'ru.json'), JSON.stringify(russian));

    const { status, output } = check(path.join(fixtures, 'valid/content'), [], { STRINGS_DIR: strings });
    assert.equal(status, 1, output);
    assert.match(output, /ui-strings-\w+\/ar\.json: "skipLink": missing/);
    assert.match(output, /ui-strings-\w+\/ar\.json: "extra\.key": not in the Swedish file/);
    assert.match(output, /ui-strings-\w+\/ar\.json: "notice\.fallback\.title": placeholders differ from Swedish \(missing \{\{language\}\}\)/);
    assert.match(output, /ui-strings-\w+\/ar\.json: "search\.results_few": plural form "few" is missing/);
    assert.match(output, /ui-strings-\w+\/ru\.json: "search\.results_many": plural form "many" is missing/);
  });

  it('prints the same for machines with --json', () => {
    const { status, output } = check(path.join(fixtures, 'orphan/content'), ['--json']);
    assert.equal(status, 1);
    const report = JSON.parse(output.slice(0, output.lastIndexOf('}') + 1)) as { errors: { file: string }[]; languages: { lang: string; missing: string[] }[] };
    assert.equal(report.errors[0]!.file, 'tests/fixtures/orphan/content/en/b.md');
    assert.deepEqual(report.languages.find((language) => language.lang === 'ar')!.missing, ['a']);
  });
});

describe('editing and stamping', () => {
  it('makes translations outdated when the Swedish page changes, and current again after a stamp', () => {
    const site = copyOf('valid');
    const contentRoot = path.join(site, 'content');
    // Outside git history: unknown hashes cannot be told from old ones, so only status is checked.
    assert.match(check(contentRoot).output, /^en\s+1\s+0\s+1\s+1$/m);

    const swedish = path.join(contentRoot, 'sv/asyl/lma-kortet.md');
    writeFileSync(swedish, readFileSync(swedish, 'utf8').replace('Ett kort med ditt foto.', 'Ett kort med ditt foto och ditt namn.'));
    const outdated = check(contentRoot);
    assert.equal(outdated.status, 0, 'outdated is a warning by default');
    assert.match(outdated.output, /^en\s+0\s+1\s+1\s+1$/m);
    assert.match(outdated.output, /en: 1 outdated: asyl\/lma-kortet/);
    const strict = check(contentRoot, ['--strict']);
    assert.equal(strict.status, 1);
    assert.match(strict.output, /content\/en\/asyl\/lma-kortet\.md: the translation is outdated \(--strict\)/);

    const stamped = run('scripts/i18n-stamp.ts', contentRoot, ['en', 'asyl/lma-kortet']);
    assert.equal(stamped.status, 0, stamped.output);
    assert.match(check(contentRoot).output, /^en\s+1\s+0\s+1\s+1$/m);
  });

  it('refuses to stamp a page that does not exist', () => {
    const { status, output } = run('scripts/i18n-stamp.ts', path.join(fixtures, 'valid/content'), ['en', 'asyl/finns-inte']);
    assert.equal(status, 1);
    assert.match(output, /content\/sv\/asyl\/finns-inte\.md: there is no Swedish source page with this id/);
  });
});
