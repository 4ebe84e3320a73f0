/** The i18next instance for the site, with every language's strings file from src/i18n/strings/. */
import { createTranslators, type UiStrings } from './translator.ts';
import { languageCodes, type LanguageCode } from './languages.ts';

const files = import.meta.glob<UiStrings>('./strings/*.json', { eager: true, import: 'default' });

const resources: Record<string, UiStrings> = {};
for (const code of languageCodes) {
  const strings = files[`./strings/${code}.json`];
  if (!strings) {
    throw new Error(`src/i18n/strings/${code}.json is missing\n  → Every language in src/i18n/languages.ts needs an interface-strings file. Copy sv.json and translate it.`);
  }
  resources[code] = strings;
}

export const translatorFor: (lang: LanguageCode) => ReturnType<ReturnType<typeof createTranslators>> = createTranslators(resources);

/** The raw strings of a language, for code that fills placeholders itself (the search box). */
export function uiStrings(lang: LanguageCode): UiStrings {
  return resources[lang]!;
}
