/**
 * What the search box needs besides interface strings, computed at build time: the words too
 * common to search alone (from the search vocabularies of the reader's language and of the
 * Swedish and English indexes it falls back to), and the section titles to label results with.
 */
import path from 'node:path';
import { getLanguage, sourceLanguage, type LanguageCode } from '../i18n/languages.ts';
import { resolveContentRoot } from '../content-files/read-fs.ts';
import { loadVocabularies, vocabularyFolder } from './vocabulary-fs.ts';

let ignoreByLanguage: Map<string, string[]> | undefined;

export function searchConfigExtras(lang: LanguageCode, sections: { id: string; title: string }[]) {
  ignoreByLanguage ??= new Map(loadVocabularies(path.resolve(vocabularyFolder), resolveContentRoot()).map((loaded) => [loaded.lang, loaded.vocabulary.ignore]));
  const searched = [lang, sourceLanguage, 'en'];
  return {
    htmlLang: getLanguage(lang).htmlLang,
    ignore: Object.fromEntries(searched.map((code) => [code, ignoreByLanguage!.get(code) ?? []])),
    // Section ids are "jag-ar-asylsokande/index" or "akut-hjalp": the first URL segment.
    sections: Object.fromEntries(sections.map((section) => [section.id.split('/')[0]!, section.title])),
  };
}
