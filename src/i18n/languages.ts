/**
 * The language registry: the one list every other part of the site reads (routes, sitemap,
 * search, UI strings, checks, and the stylesheet through each language's script). Adding a
 * language is one entry here, one folder under `content/` and one file under
 * `src/i18n/strings/`. This module imports nothing: everything else builds on it.
 */

/**
 * The writing system, which picks fonts and line height (`data-script` in the HTML, styled in
 * src/styles/tokens.css). A language in a new script needs its font stack there too.
 */
export type Script = 'latin' | 'cyrillic' | 'arabic' | 'ethiopic';

export interface Language {
  /** Folder name under `content/` and first URL segment. */
  code: string;
  /** The language's name in itself, shown in the language picker. */
  endonym: string;
  /** English name, for editors' tools and error messages. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  script: Script;
  /**
   * Value of `<html lang>` and of `lang` on links to the language. Dari uses `fa-AF` rather
   * than its ISO 639-3 code `prs` because screen readers and fonts recognise `fa-AF`.
   */
  htmlLang: string;
  /** Value for `hreflang` and the sitemap. */
  hreflang: string;
  /** Locale handed to `Intl` (dates, numbers, plural rules). */
  intlLocale: string;
}

export const languages = [
  { code: 'sv', endonym: 'Svenska', englishName: 'Swedish', dir: 'ltr', script: 'latin', htmlLang: 'sv', hreflang: 'sv', intlLocale: 'sv-SE' },
  { code: 'en', endonym: 'English', englishName: 'English', dir: 'ltr', script: 'latin', htmlLang: 'en', hreflang: 'en', intlLocale: 'en-GB' },
  { code: 'ar', endonym: 'العربية', englishName: 'Arabic', dir: 'rtl', script: 'arabic', htmlLang: 'ar', hreflang: 'ar', intlLocale: 'ar' },
  { code: 'fa', endonym: 'فارسی', englishName: 'Persian', dir: 'rtl', script: 'arabic', htmlLang: 'fa', hreflang: 'fa', intlLocale: 'fa-IR' },
  { code: 'prs', endonym: 'دری', englishName: 'Dari', dir: 'rtl', script: 'arabic', htmlLang: 'fa-AF', hreflang: 'fa-AF', intlLocale: 'fa-AF' },
  { code: 'ps', endonym: 'پښتو', englishName: 'Pashto', dir: 'rtl', script: 'arabic', htmlLang: 'ps', hreflang: 'ps', intlLocale: 'ps-AF' },
  { code: 'ckb', endonym: 'کوردی', englishName: 'Kurdish (Sorani)', dir: 'rtl', script: 'arabic', htmlLang: 'ckb', hreflang: 'ckb', intlLocale: 'ckb' },
  { code: 'so', endonym: 'Soomaali', englishName: 'Somali', dir: 'ltr', script: 'latin', htmlLang: 'so', hreflang: 'so', intlLocale: 'so' },
  { code: 'ti', endonym: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', script: 'ethiopic', htmlLang: 'ti', hreflang: 'ti', intlLocale: 'ti' },
  { code: 'ru', endonym: 'Русский', englishName: 'Russian', dir: 'ltr', script: 'cyrillic', htmlLang: 'ru', hreflang: 'ru', intlLocale: 'ru' },
  { code: 'uk', endonym: 'Українська', englishName: 'Ukrainian', dir: 'ltr', script: 'cyrillic', htmlLang: 'uk', hreflang: 'uk', intlLocale: 'uk' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

/** Swedish is the source: every page exists first in `content/sv/`. */
export const sourceLanguage = 'sv' satisfies LanguageCode;

/**
 * Languages offered when the reader's own has nothing: the Swedish source and English, which
 * many newcomers read as a second language. Search offers their results; a page not yet
 * translated links to its English version; the root chooser and the 404 page head in them.
 */
export const secondLanguages = [sourceLanguage, 'en'] as const satisfies readonly LanguageCode[];

export const languageCodes: readonly LanguageCode[] = languages.map((language) => language.code);

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

export function getLanguage(code: LanguageCode): Language {
  const language = languages.find((candidate) => candidate.code === code);
  if (!language) throw new Error(`Unknown language code "${code}"`);
  return language;
}

/** The attributes that mark an element's text as written in a language: lang, dir and script. */
export interface LanguageAttributes {
  lang: string;
  dir: 'ltr' | 'rtl';
  'data-script': Script;
}

export function languageAttributes(code: LanguageCode): LanguageAttributes {
  const language = getLanguage(code);
  return { lang: language.htmlLang, dir: language.dir, 'data-script': language.script };
}
