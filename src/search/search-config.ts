/**
 * The search vocabularies' `ignore` lists (words too common to search alone), read once at build
 * time for the search page's view model.
 */
import path from 'node:path';
import { resolveContentRoot } from '../content-files/read-fs.ts';
import { loadVocabularies, vocabularyFolder } from './vocabulary-fs.ts';

let ignoreByLanguage: Record<string, string[]> | undefined;

export function ignoreWordsByLanguage(): Record<string, string[]> {
  ignoreByLanguage ??= Object.fromEntries(loadVocabularies(path.resolve(vocabularyFolder), resolveContentRoot()).map((loaded) => [loaded.lang, loaded.vocabulary.ignore]));
  return ignoreByLanguage;
}
