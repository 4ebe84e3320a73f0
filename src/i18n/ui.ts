/**
 * The site's translators, with every language's strings file from src/i18n/strings/ (read by
 * Vite's glob import, so this module runs only inside the Astro build; tests use translator.ts).
 */
import { languageCodes, sourceLanguage, type LanguageCode } from './languages.ts';
import { createTranslators, stringsFilePath, type Translate, type UiStrings } from './translator.ts';

const files = import.meta.glob<UiStrings>('./strings/*.json', { eager: true, import: 'default' });

const resources: Record<string, UiStrings> = {};
for (const code of languageCodes) {
  const strings = files[`./strings/${code}.json`];
  if (!strings) {
    throw new Error(`${stringsFilePath(code)} is missing\n  → Every language in src/i18n/languages.ts needs an interface-strings file. Copy ${stringsFilePath(sourceLanguage)} and translate it.`);
  }
  resources[code] = strings;
}

export const translatorFor: (lang: LanguageCode) => Translate = createTranslators(resources);

/** The raw strings of a language, for code that fills placeholders itself (the search box). */
export function uiStrings(lang: LanguageCode): UiStrings {
  return resources[lang]!;
}
