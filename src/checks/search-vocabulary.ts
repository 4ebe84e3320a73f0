/**
 * The translation check's part for search vocabularies: every language has one, and every
 * entry points to a page of that language or a glossary term that exists. File and line.
 */
import { ContentError } from '../content-files/errors.ts';
import { loadVocabularies } from '../search/vocabulary-fs.ts';

export function searchVocabularyErrors(vocabularyDir: string, contentRoot: string): ContentError[] {
  return loadVocabularies(vocabularyDir, contentRoot).flatMap((loaded) =>
    loaded.missing
      ? [new ContentError(loaded.file, 'the search vocabulary for this language is missing', 'Copy another language’s file to this name and write the words readers of this language type (see CONTRIBUTING.md, “Search vocabulary”).')]
      : loaded.problems.map((problem) => new ContentError(loaded.file, problem.problem, problem.hint, problem.line)),
  );
}
