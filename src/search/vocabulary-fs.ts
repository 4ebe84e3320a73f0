/**
 * Reads the search vocabularies from disk for the translation check and the index builder.
 * Node only. The rules live in vocabulary.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languageCodes, sourceLanguage } from '../i18n/languages.ts';
import { findContentFile } from '../content-files/read-fs.ts';
import { glossaryTermIds, pagesOfTerm, parseVocabulary, wordsByPage, type Vocabulary, type VocabularyProblem } from './vocabulary.ts';

export const vocabularyFolder = 'src/search/vocabulary';
export const glossaryPageId = 'mer-om-sverige/viktiga-ord';

export interface LoadedVocabulary {
  lang: string;
  /** Path as shown to editors (relative to the working directory). */
  file: string;
  missing: boolean;
  vocabulary: Vocabulary;
  problems: VocabularyProblem[];
  /** Page id → the words that lead to it. */
  byPage: Map<string, string[]>;
}

function hasOwnPage(contentRoot: string, lang: string, id: string): boolean {
  return findContentFile(contentRoot, lang, id) !== undefined || findContentFile(contentRoot, lang, `${id}/index`) !== undefined;
}

function glossaryText(contentRoot: string, lang: string): string {
  const file = findContentFile(contentRoot, lang, glossaryPageId) ?? findContentFile(contentRoot, sourceLanguage, glossaryPageId);
  return file ? readFileSync(file, 'utf8') : '';
}

export function loadVocabularies(vocabularyDir: string, contentRoot: string): LoadedVocabulary[] {
  const termIds = new Set(glossaryTermIds(glossaryText(contentRoot, sourceLanguage)));
  return languageCodes.map((lang) => {
    const absolute = path.join(vocabularyDir, `${lang}.yml`);
    const file = path.relative(process.cwd(), absolute) || absolute;
    const empty = { ignore: [], entries: [] };
    if (!existsSync(absolute)) return { lang, file, missing: true, vocabulary: empty, problems: [], byPage: new Map() };
    const { vocabulary, problems } = parseVocabulary(readFileSync(absolute, 'utf8'), {
      pageExists: (id) => hasOwnPage(contentRoot, lang, id),
      termExists: (id) => termIds.has(id),
    });
    const glossary = glossaryText(contentRoot, lang);
    const byPage = wordsByPage(vocabulary, (termId) => pagesOfTerm(glossary, termId, glossaryPageId));
    return { lang, file, missing: false, vocabulary, problems, byPage };
  });
}
