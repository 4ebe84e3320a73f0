/**
 * Every kind of editor mistake from issue #14 (tests/fixtures/editor-mistakes/cases.ts), run
 * through `npm run check:i18n` and through the content loader the build uses: each must fail
 * with exactly the expected problems (file, line, message), no stack trace, and the build's
 * loader must report the very same messages and publish none of the rejected files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { contentErrorsEntryId, type StoredContentErrors } from '../../src/content-files/errors.ts';
import { contentFilesLoader } from '../../src/integrations/content-loader.ts';
import { mistakeCases, type MistakeCase } from '../fixtures/editor-mistakes/cases.ts';

const temporary: string[] = [];
after(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function materialise(mistake: MistakeCase): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'editor-mistake-')), 'content');
  temporary.push(path.dirname(root));
  cpSync('tests/fixtures/valid/content', root, { recursive: true });
  for (const [file, text] of Object.entries(mistake.files ?? {})) {
    const full = path.join(root, file);
    if (text === null) {
      rmSync(full);
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  for (const [link, target] of Object.entries(mistake.symlinks ?? {})) symlinkSync(target, path.join(root, link));
  return root;
}

interface Reported {
  file: string;
  line: number | null;
  message: string;
}

function check(contentRoot: string): { status: number | null; errors: Reported[]; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, ['scripts/check-i18n.ts', '--json'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: contentRoot } });
  let errors: Reported[] = [];
  try {
    errors = (JSON.parse(result.stdout) as { errors: Reported[] }).errors;
  } catch {
    // Not JSON: the assertions below show what was printed instead.
  }
  return { status: result.status, errors, stderr: result.stderr, stdout: result.stdout };
}

/** Runs the build's content loader in this process with a stand-in for Astro's data store. */
async function load(contentRoot: string): Promise<{ ids: string[]; messages: string[] }> {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: unknown; digest?: string }) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
  };
  const context = {
    store,
    renderMarkdown: async () => ({ html: '' }),
    generateDigest: (data: unknown) => JSON.stringify(data),
    logger: { error: () => {}, warn: () => {}, info: () => {} },
  };
  await contentFilesLoader({ contentRoot, stringsDir: path.resolve('src/i18n/strings') }).load(context as never);
  const problems = entries.get(contentErrorsEntryId)?.data as StoredContentErrors | undefined;
  return { ids: [...entries.keys()].filter((id) => id !== contentErrorsEntryId), messages: problems?.messages ?? [] };
}

const stackTrace = /\n\s+at .+:\d+:\d+\)?/;

describe('every editor mistake is caught with file, line and message', () => {
  for (const mistake of mistakeCases) {
    it(mistake.name, async () => {
      const root = materialise(mistake);
      const result = check(root);
      const shown = `${result.stdout}\n${result.stderr}`;
      assert.equal(result.status, 1, shown);
      assert.doesNotMatch(shown, stackTrace, 'no stack trace');
      assert.equal(result.errors.length, mistake.expect.length, `exactly the expected problems, no cascade:\n${result.errors.map((error) => error.message).join('\n')}`);
      for (const expected of mistake.expect) {
        const found = result.errors.find((error) => error.file.endsWith(`content/${expected.file}`) && expected.message.test(error.message));
        assert.ok(found, `expected ${expected.file}: ${expected.message} in:\n${result.errors.map((error) => error.message).join('\n')}`);
        if (expected.line !== undefined) assert.equal(found.line, expected.line, found.message);
        assert.match(found.message, /\n {2}→ \S/, 'says what to do');
      }

      // The build reads the same files with the same code: the same problems, and nothing published in their place.
      const loaded = await load(root);
      assert.deepEqual([...loaded.messages].sort(), result.errors.map((error) => error.message).sort());
      for (const expected of mistake.expect) {
        // A page whose own file is invalid is not stored at all (the errors entry stops every page anyway).
        if (expected.line !== undefined && expected.line < 10) assert.ok(!loaded.ids.includes(expected.file.replace(/\.md$/, '')), `${expected.file} is not published`);
      }
    });
  }

  it('walks every broken fixture: each fails without a stack trace in the check and the loader', async () => {
    for (const fixture of readdirSync('tests/fixtures').filter((name) => !['valid', 'editor-mistakes'].includes(name))) {
      const root = path.resolve('tests/fixtures', fixture, 'content');
      const result = check(root);
      assert.equal(result.status, 1, `${fixture}: ${result.stdout}${result.stderr}`);
      assert.doesNotMatch(result.stderr, stackTrace, fixture);
      // A recorded hash that never existed needs git history, which the build does not read:
      // the build publishes such a page as outdated, which is honest, and the check fails on it.
      if (fixture !== 'unknown-hash') assert.ok((await load(root)).messages.length > 0, `${fixture}: the build's loader reports it too`);
    }
  });

  it('a missing content folder is a clear error', () => {
    const result = spawnSync(process.execPath, ['scripts/check-i18n.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: '/nonexistent/content' } });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /the content folder does not exist\n {2}→ .*CONTENT_ROOT/);
    assert.doesNotMatch(result.stderr, stackTrace);
  });
});
