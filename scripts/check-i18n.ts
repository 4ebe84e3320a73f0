/**
 * npm run check:i18n [-- --strict] [-- --json]
 * Prints what is current, outdated, missing and machine-translated in each language, and fails
 * on content errors: schema, orphans, unknown folders, links, interface strings, source hashes,
 * search vocabularies (src/search/vocabulary/).
 */
import path from 'node:path';
import { resolveContentRoot } from '../src/content-files/read-fs.ts';
import { formatStatusTable, runContentCheck } from '../src/checks/run-fs.ts';
import { stringsFolder } from '../src/i18n/translator.ts';
import { vocabularyFolder } from '../src/search/vocabulary-fs.ts';
import { hasFullGitHistory, historicSourceHashes } from '../src/content-files/history-fs.ts';

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const json = args.has('--json');
const contentRoot = resolveContentRoot();
const useHistory = hasFullGitHistory(contentRoot);

const result = runContentCheck({
  contentRoot,
  stringsDir: path.resolve(process.env.STRINGS_DIR ?? stringsFolder),
  strict,
  historicHashes: useHistory ? (file) => historicSourceHashes(file, contentRoot) : undefined,
  // The vocabularies point at the real pages: checked with the real content, or when asked.
  vocabularyDir: process.env.VOCABULARY_DIR ? path.resolve(process.env.VOCABULARY_DIR) : process.env.CONTENT_ROOT ? undefined : path.resolve(vocabularyFolder),
});

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
