/**
 * The editors' commands refuse what would write the wrong file or nothing useful, with a
 * message that says what to do; and the editor's own loop from CONTRIBUTING.md (stamp a
 * translation, edit the Swedish page again before committing) ends in "outdated", not in an error.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const temporary: string[] = [];
after(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function copyOfValid(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'editor-commands-'));
  temporary.push(folder);
  cpSync('tests/fixtures/valid/content', path.join(folder, 'content'), { recursive: true });
  return path.join(folder, 'content');
}

function run(script: string, contentRoot: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.resolve(script), ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: contentRoot } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const stackTrace = /\n\s+at .+:\d+:\d+\)?/;

describe('npm run new-page', () => {
  const refused: [args: string[], message: RegExp][] = [
    [['content/ar/asyl/tolk'], /"content\/ar\/asyl\/tolk" is a path in another language folder than sv\.\n {2}→ Give the page id without a language/],
    [['ar/asyl/tolk'], /is a path in another language folder than sv/],
    [['sok'], /"sok" is the address of a page the site makes itself/],
    [['om-webbplatsen/oversattningsstatus'], /the address of a page the site makes itself/],
    [['asyl/tolk', 'asyl/tandvard'], /new-page takes one page path, not 2 \(asyl\/tolk asyl\/tandvard\)/],
    [['https://nyisverige.example/sv/asyl/tolk/'], /is an address, not a page id/],
    [['../utanfor'], /points outside the sv folder/],
    [['asyl/Tandvård'], /is not a valid page path/],
  ];
  for (const [args, message] of refused) {
    it(`refuses ${args.join(' ')}`, () => {
      const root = copyOfValid();
      const before = execFileSync('find', [path.dirname(root)], { encoding: 'utf8' });
      const { status, output } = run('scripts/new-page.ts', root, args);
      assert.equal(status, 1, output);
      assert.match(output, message);
      assert.doesNotMatch(output, stackTrace);
      assert.equal(execFileSync('find', [path.dirname(root)], { encoding: 'utf8' }), before, 'no file written');
    });
  }

  it('creates a page beside a page with broken frontmatter', () => {
    const root = copyOfValid();
    writeFileSync(path.join(root, 'sv/asyl/trasig.md'), '---\ntitle: [\n---\nText.\n');
    const { status, output } = run('scripts/new-page.ts', root, ['/asyl/tolk/']);
    assert.equal(status, 0, output);
    assert.ok(existsSync(path.join(root, 'sv/asyl/tolk.md')));
  });

  it('says so when the content folder is missing', () => {
    const { status, output } = run('scripts/new-page.ts', '/nonexistent/content', ['asyl/tolk']);
    assert.equal(status, 1);
    assert.match(output, /the content folder does not exist/);
  });
});

describe('npm run i18n:stamp', () => {
  const english = (root: string) => path.join(root, 'en/asyl/lma-kortet.md');

  const refused: [args: string[], message: RegExp][] = [
    [['en', '../sv/asyl/lma-kortet'], /"\.\.\/sv\/asyl\/lma-kortet" points outside the en folder/],
    [['en', 'https://nyisverige.example/en/asyl/lma-kortet/'], /is an address, not a page id/],
    [['en', 'content/ar/asyl/lma-kortet'], /is a path in another language folder than en/],
    [['xx', 'asyl/lma-kortet'], /"xx" is not a translation language/],
  ];
  for (const [args, message] of refused) {
    it(`refuses ${args.join(' ')} and writes nothing`, () => {
      const root = copyOfValid();
      const swedish = readFileSync(path.join(root, 'sv/asyl/lma-kortet.md'), 'utf8');
      const translation = readFileSync(english(root), 'utf8');
      const { status, output } = run('scripts/i18n-stamp.ts', root, args);
      assert.equal(status, 1, output);
      assert.match(output, message);
      assert.doesNotMatch(output, stackTrace);
      assert.equal(readFileSync(path.join(root, 'sv/asyl/lma-kortet.md'), 'utf8'), swedish);
      assert.equal(readFileSync(english(root), 'utf8'), translation);
    });
  }

  it('accepts the site path with slashes', () => {
    const root = copyOfValid();
    const { status, output } = run('scripts/i18n-stamp.ts', root, ['en', '/en/asyl/lma-kortet/']);
    assert.equal(status, 0, output);
    assert.match(output, /en\/asyl\/lma-kortet\.md: stamped/);
  });

  it('refuses a translation with invalid frontmatter, reporting every problem', () => {
    const root = copyOfValid();
    const broken = readFileSync(english(root), 'utf8').replace('title: The LMA card', 'tittle: The LMA card').replace('updated: 2026-11-21', 'updated: 2026-02-30');
    writeFileSync(english(root), broken);
    const { status, output } = run('scripts/i18n-stamp.ts', root, ['en', 'asyl/lma-kortet']);
    assert.equal(status, 1, output);
    assert.match(output, /en\/asyl\/lma-kortet\.md:2: unknown key `tittle` — did you mean `title`\?/);
    assert.match(output, /en\/asyl\/lma-kortet\.md:4: .*2026-02-30 is not a day of the calendar/);
    assert.equal(readFileSync(english(root), 'utf8'), broken, 'not stamped');
  });

  it('keeps CRLF line endings', () => {
    const root = copyOfValid();
    writeFileSync(english(root), readFileSync(english(root), 'utf8').replace('source: 695b1cfceecc', 'source: 000000000000').replace(/\n/g, '\r\n'));
    const { status, output } = run('scripts/i18n-stamp.ts', root, ['en', 'asyl/lma-kortet']);
    assert.equal(status, 0, output);
    const text = readFileSync(english(root), 'utf8');
    assert.match(text, /source: 695b1cfceecc\r\n/);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'every line ends in CRLF');
  });
});

describe('npm run check:i18n', () => {
  it('names the valid options when given a misspelled one', () => {
    const { status, output } = run('scripts/check-i18n.ts', path.resolve('tests/fixtures/valid/content'), ['--strcit']);
    assert.equal(status, 2);
    assert.match(output, /Unknown option --strcit\.\n {2}→ The options are --strict and --json/);
  });

  it('follows the editor through stamp, edit again, check: outdated, not "matches no version"', () => {
    const root = copyOfValid();
    const repository = path.dirname(root);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], { cwd: repository, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'start');
    const swedish = path.join(root, 'sv/asyl/lma-kortet.md');
    writeFileSync(swedish, readFileSync(swedish, 'utf8').replace('Ett kort med ditt foto.', 'Ett kort med ditt foto och namn.'));
    assert.equal(run('scripts/i18n-stamp.ts', root, ['en', 'asyl/lma-kortet']).status, 0);
    writeFileSync(swedish, readFileSync(swedish, 'utf8').replace('och namn.', 'och ditt namn.'));
    const { status, output } = run('scripts/check-i18n.ts', root, []);
    assert.equal(status, 0, output);
    assert.doesNotMatch(output, /matches no version/);
    assert.match(output, /en: 1 outdated: asyl\/lma-kortet/);
  });

  it('lists a new translation without a stamp as "not stamped", not outdated', () => {
    const root = copyOfValid();
    writeFileSync(path.join(root, 'en/asyl/index.md'), '---\ntitle: Asylum\ndescription: About asylum.\nupdated: 2026-11-21\ntranslation:\n  method: machine\n---\nAbout asylum. Read about [the LMA card](/asyl/lma-kortet/#vad-kortet-ar).\n');
    const { status, output } = run('scripts/check-i18n.ts', root, []);
    assert.equal(status, 1, output);
    assert.match(output, /en: 1 not stamped: asyl\/index/);
    assert.doesNotMatch(output, /en: \d+ outdated: .*asyl\/index/);
  });

  it('reports interface strings that are not text, empty or left in Swedish, with file and line', () => {
    const strings = mkdtempSync(path.join(tmpdir(), 'ui-values-'));
    temporary.push(strings);
    cpSync('src/i18n/strings', strings, { recursive: true });
    const arabic = JSON.parse(readFileSync(path.join(strings, 'ar.json'), 'utf8')) as Record<string, unknown>;
    const swedish = JSON.parse(readFileSync(path.join(strings, 'sv.json'), 'utf8')) as Record<string, string>;
    arabic['skipLink'] = 12;
    arabic['header.nav'] = null;
    arabic['page.sources'] = '';
    arabic['page.toc'] = swedish['page.toc'];
    writeFileSync(path.join(strings, 'ar.json'), JSON.stringify(arabic, null, 2));
    const lineOf = (key: string) => JSON.stringify(arabic, null, 2).split('\n').findIndex((line) => line.includes(`"${key}"`)) + 1;
    const result = spawnSync(process.execPath, ['scripts/check-i18n.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: path.resolve('tests/fixtures/valid/content'), STRINGS_DIR: strings } });
    const output = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.status, 1, output);
    assert.match(output, new RegExp(`ar\\.json:${lineOf('skipLink')}: "skipLink": the value is a number \\(12\\), not text`));
    assert.match(output, new RegExp(`ar\\.json:${lineOf('header.nav')}: "header\\.nav": the value is null, not text`));
    assert.match(output, new RegExp(`ar\\.json:${lineOf('page.sources')}: "page\\.sources": the value is empty`));
    assert.match(output, new RegExp(`ar\\.json:${lineOf('page.toc')}: "page\\.toc": the text is the Swedish text`));
    assert.doesNotMatch(output, /"skipLink": missing/, 'a bad value is not also reported as missing');
    assert.doesNotMatch(output, stackTrace);
  });
});
