/**
 * npm run check:i18n [-- --strict] [-- --json]
 * Prints what is current, outdated, missing and machine-translated in each language, and fails
 * on content errors: schema, orphans, unknown folders, links, interface strings, source hashes,
 * search vocabularies (src/search/vocabulary/).
 */
import path from 'node:path';
import { ContentError } from '../src/content-files/errors.ts';
import { assertContentRoot, resolveContentRoot } from '../src/content-files/read-fs.ts';
import { formatStatusTable, runContentCheck } from '../src/checks/run-fs.ts';
import { stringsFolder } from '../src/i18n/translator.ts';
import { vocabularyFolder } from '../src/search/vocabulary-fs.ts';
import { hasFullGitHistory, hasUncommittedChanges, historicSourceHashes } from '../src/content-files/history-fs.ts';

/** Git history of a Swedish page is read once, not once per translation. */
function memoised<T>(read: (file: string) => T): (file: string) => T {
  const cache = new Map<string, T>();
  return (file) => {
    if (!cache.has(file)) cache.set(file, read(file));
    return cache.get(file)!;
  };
}

const validFlags = ['--strict', '--json'];
const args = new Set(process.argv.slice(2));
const unknownFlags = [...args].filter((arg) => !validFlags.includes(arg));
if (unknownFlags.length > 0) {
  console.error(`Unknown option ${unknownFlags.join(', ')}.\n  → The options are ${validFlags.join(' and ')}, e.g. npm run check:i18n -- --strict`);
  process.exit(2);
}
const strict = args.has('--strict');
const json = args.has('--json');
const contentRoot = resolveContentRoot();

let result;
let useHistory = false;
try {
  assertContentRoot(contentRoot);
  useHistory = hasFullGitHistory(contentRoot);
  result = runContentCheck({
    contentRoot,
    stringsDir: path.resolve(process.env.STRINGS_DIR ?? stringsFolder),
    strict,
    historicHashes: useHistory ? memoised((file) => historicSourceHashes(file, contentRoot)) : undefined,
    uncommitted: useHistory ? memoised(hasUncommittedChanges) : undefined,
    // The vocabularies point at the real pages: checked with the real content, or when asked.
    vocabularyDir: process.env.VOCABULARY_DIR ? path.resolve(process.env.VOCABULARY_DIR) : process.env.CONTENT_ROOT ? undefined : path.resolve(vocabularyFolder),
  });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

if (json) {
  console.log(JSON.stringify({
    sourcePages: result.sourcePages,
    languages: result.languages,
    warnings: result.warnings,
    errors: result.errors.map((error) => ({ file: error.file, line: error.line ?? null, message: error.message })),
  }, null, 2));
} else {
  console.log(formatStatusTable(result));
  if (!useHistory) console.log('\n(No full git history here: translations recording a source version that never existed cannot be detected.)');
  if (result.warnings.length > 0) console.log(`\nWarnings (${strict ? 'errors with --strict' : 'use --strict to make them errors'}):\n${result.warnings.map((warning) => `  ${warning}`).join('\n')}`);
  if (result.errors.length > 0) {
    console.error(`\n${result.errors.length} ${result.errors.length === 1 ? 'error' : 'errors'}:\n`);
    console.error(result.errors.map((error) => error.message).join('\n\n'));
  } else {
    console.log('\nNo errors.');
  }
}
// exitCode rather than exit(): a piped stdout (--json) is written out in full first.
process.exitCode = result.errors.length > 0 ? 1 : 0;
