/**
 * Interface strings: one flat JSON file per language (i18next JSON v4, plural keys end in
 * `_one`, `_few`, … as `Intl.PluralRules` names the categories). A missing string is an
 * error that names the file and the key, never a silent fallback to Swedish.
 */
import i18next, { type TFunction } from 'i18next';
import { sourceLanguage } from './languages.ts';
import { pluralCategories, type PluralForms } from './string-format.ts';

export type UiStrings = Record<string, string>;

/** An interface-string lookup in one language: i18next's `t`, as the rest of the site uses it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Where the interface-strings files live, relative to the project. */
export const stringsFolder = 'src/i18n/strings';

/** The strings file of a language, as messages name it; `folder` when the check reads another one. */
export function stringsFilePath(lang: string, folder: string = stringsFolder): string {
  return `${folder}/${lang}.json`;
}

export class MissingUiStringError extends Error {
  constructor(lang: string, key: string) {
    super(`${stringsFilePath(lang)}: the interface string "${key}" is missing\n  → Add "${key}" to ${stringsFilePath(lang)} (see ${stringsFilePath(sourceLanguage)} for the Swedish text), then run npm run check:i18n.`);
    this.name = 'MissingUiStringError';
  }
}

/** A translate function per language; unknown keys throw instead of showing the key to readers. */
export function createTranslators(resources: Record<string, UiStrings>): (lang: string) => Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(resources).map(([lang, strings]) => [lang, { translation: strings }])),
    lng: sourceLanguage,
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (lngs, _namespace, key) => {
      throw new MissingUiStringError(lngs[0] ?? '?', key);
    },
  });
  const cache = new Map<string, Translate>();
  return (lang: string) => {
    let translate = cache.get(lang);
    if (!translate) {
      const fixed: TFunction = instance.getFixedT(lang);
      // A string asked for without options is the same every time, and ten thousand pages ask
      // for the same few hundred: i18next's lookup was seconds of the build, a Map is not.
      // A missing key throws before anything is kept, so it throws again the next time.
      const plain = new Map<string, string>();
      translate = (key, options) => {
        if (options) return fixed(key, options);
        let text = plain.get(key);
        if (text === undefined) {
          text = fixed(key);
          plain.set(key, text);
        }
        return text;
      };
      cache.set(lang, translate);
    }
    return translate;
  };
}

/** The plural variants of a key (`search.results_one`, `…_other`) as a map by category. */
export function pluralFormsOf(strings: UiStrings, key: string): PluralForms {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of pluralCategories) {
    const value = strings[`${key}_${category}`];
    if (value !== undefined) forms[category] = value;
  }
  if (forms.other === undefined) throw new Error(`The interface string "${key}_other" is missing`);
  return { ...forms, other: forms.other };
}
