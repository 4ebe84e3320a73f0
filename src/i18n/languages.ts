/**
 * The language registry: the one list every other part of the site reads (routes, sitemap,
 * search, UI strings, checks). Adding a language is one entry here, one folder under
 * `content/` and one file under `src/i18n/strings/`.
 */
export interface Language {
  /** Folder name under `content/` and first URL segment. */
  code: string;
  /** The language's name in itself, shown in the language picker. */
  endonym: string;
  /** English name, for editors' tools and error messages. */
  englishName: string;
  dir: 'ltr' | 'rtl';
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
  { code: 'sv', endonym: 'Svenska', englishName: 'Swedish', dir: 'ltr', htmlLang: 'sv', hreflang: 'sv', intlLocale: 'sv-SE' },
  { code: 'en', endonym: 'English', englishName: 'English', dir: 'ltr', htmlLang: 'en', hreflang: 'en', intlLocale: 'en-GB' },
  { code: 'ar', endonym: 'العربية', englishName: 'Arabic', dir: 'rtl', htmlLang: 'ar', hreflang: 'ar', intlLocale: 'ar' },
  { code: 'fa', endonym: 'فارسی', englishName: 'Persian', dir: 'rtl', htmlLang: 'fa', hreflang: 'fa', intlLocale: 'fa-IR' },
  { code: 'prs', endonym: 'دری', englishName: 'Dari', dir: 'rtl', htmlLang: 'fa-AF', hreflang: 'fa-AF', intlLocale: 'fa-AF' },
  { code: 'ps', endonym: 'پښتو', englishName: 'Pashto', dir: 'rtl', htmlLang: 'ps', hreflang: 'ps', intlLocale: 'ps-AF' },
  { code: 'ckb', endonym: 'کوردی', englishName: 'Kurdish (Sorani)', dir: 'rtl', htmlLang: 'ckb', hreflang: 'ckb', intlLocale: 'ckb' },
  { code: 'so', endonym: 'Soomaali', englishName: 'Somali', dir: 'ltr', htmlLang: 'so', hreflang: 'so', intlLocale: 'so' },
  { code: 'ti', endonym: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', htmlLang: 'ti', hreflang: 'ti', intlLocale: 'ti' },
  { code: 'ru', endonym: 'Русский', englishName: 'Russian', dir: 'ltr', htmlLang: 'ru', hreflang: 'ru', intlLocale: 'ru' },
  { code: 'uk', endonym: 'Українська', englishName: 'Ukrainian', dir: 'ltr', htmlLang: 'uk', hreflang: 'uk', intlLocale: 'uk' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

/** Swedish is the source: every page exists first in `content/sv/`. */
export const sourceLanguage = 'sv' satisfies LanguageCode;

export const languageCodes: readonly LanguageCode[] = languages.map((language) => language.code);

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

export function getLanguage(code: LanguageCode): Language {
  const language = languages.find((candidate) => candidate.code === code);
  if (!language) throw new Error(`Unknown language code "${code}"`);
  return language;
}
