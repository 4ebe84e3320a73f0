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
  { code: 'ckb', endonym: 'کوردی (سۆرانی)', englishName: 'Kurdish (Sorani)', dir: 'rtl', script: 'arabic', htmlLang: 'ckb', hreflang: 'ckb', intlLocale: 'ckb' },
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

/**
 * Each language's name in every language, for the picker ("دری — Dari" on an English page, so
 * staff can tell فارسی, دری and کوردی apart) and the root chooser (Swedish and English beside
 * the endonym). Indexed [language of the page][language named].
 */
export const languageNames: Record<LanguageCode, Record<LanguageCode, string>> = {
  sv: { sv: 'svenska', en: 'engelska', ar: 'arabiska', fa: 'persiska', prs: 'dari', ps: 'pashto', ckb: 'kurdiska (sorani)', so: 'somaliska', ti: 'tigrinja', ru: 'ryska', uk: 'ukrainska' },
  en: { sv: 'Swedish', en: 'English', ar: 'Arabic', fa: 'Persian', prs: 'Dari', ps: 'Pashto', ckb: 'Kurdish (Sorani)', so: 'Somali', ti: 'Tigrinya', ru: 'Russian', uk: 'Ukrainian' },
  ar: { sv: 'السويدية', en: 'الإنجليزية', ar: 'العربية', fa: 'الفارسية', prs: 'الدارية', ps: 'البشتو', ckb: 'الكردية (السورانية)', so: 'الصومالية', ti: 'التغرينية', ru: 'الروسية', uk: 'الأوكرانية' },
  fa: { sv: 'سوئدی', en: 'انگلیسی', ar: 'عربی', fa: 'فارسی', prs: 'دری', ps: 'پشتو', ckb: 'کردی (سورانی)', so: 'سومالیایی', ti: 'تیگرینیا', ru: 'روسی', uk: 'اوکراینی' },
  prs: { sv: 'سویدنی', en: 'انگلیسی', ar: 'عربی', fa: 'فارسی ایران', prs: 'دری', ps: 'پشتو', ckb: 'کردی (سورانی)', so: 'سومالیایی', ti: 'تیگرینیا', ru: 'روسی', uk: 'اوکراینی' },
  ps: { sv: 'سویډني', en: 'انګلیسي', ar: 'عربي', fa: 'فارسي', prs: 'دري', ps: 'پښتو', ckb: 'کوردي (سوراني)', so: 'سومالي', ti: 'تیګرینیا', ru: 'روسي', uk: 'اوکرایني' },
  ckb: { sv: 'سویدی', en: 'ئینگلیزی', ar: 'عەرەبی', fa: 'فارسی', prs: 'دەری', ps: 'پەشتۆ', ckb: 'کوردی (سۆرانی)', so: 'سۆمالی', ti: 'تیگرینیا', ru: 'ڕووسی', uk: 'ئۆکرانی' },
  so: { sv: 'Iswiidhish', en: 'Ingiriis', ar: 'Carabi', fa: 'Faarsi', prs: 'Dari', ps: 'Bashtuu', ckb: 'Kurdi (Soraani)', so: 'Soomaali', ti: 'Tigrinya', ru: 'Ruush', uk: 'Yukreeniyaan' },
  ti: { sv: 'ሽወደንኛ', en: 'እንግሊዝኛ', ar: 'ዓረብኛ', fa: 'ፋርስኛ', prs: 'ዳሪ', ps: 'ፓሽቶ', ckb: 'ኩርድኛ (ሶራኒ)', so: 'ሶማልኛ', ti: 'ትግርኛ', ru: 'ሩስኛ', uk: 'ዩክሬንኛ' },
  ru: { sv: 'шведский', en: 'английский', ar: 'арабский', fa: 'персидский', prs: 'дари', ps: 'пушту', ckb: 'курдский (сорани)', so: 'сомалийский', ti: 'тигринья', ru: 'русский', uk: 'украинский' },
  uk: { sv: 'шведська', en: 'англійська', ar: 'арабська', fa: 'перська', prs: 'дарі', ps: 'пушту', ckb: 'курдська (сорані)', so: 'сомалійська', ti: 'тигринья', ru: 'російська', uk: 'українська' },
};

/** The name of `named` in the language `inLanguage`. */
export function languageName(named: LanguageCode, inLanguage: LanguageCode): string {
  return languageNames[inLanguage][named];
}

/**
 * The entrances (top-level page ids, `<section>/index`) a language's home page shows first, by who reads that
 * language most; the others follow in their `order`. Ukrainians and many Russian readers fled
 * the war in Ukraine; most readers of the Afghan, Middle-Eastern and Horn-of-Africa languages
 * are asylum seekers or newly granted a permit, and many Afghan newcomers came without parents.
 * Swedish and English readers are often staff and helpers: the content's own order.
 */
export const homeEntrancesFirst: Record<LanguageCode, readonly string[]> = {
  sv: [],
  en: [],
  ar: ['jag-ar-asylsokande/index', 'jag-har-fatt-uppehallstillstand/index'],
  fa: ['jag-ar-asylsokande/index', 'jag-har-fatt-uppehallstillstand/index'],
  prs: ['jag-ar-asylsokande/index', 'jag-har-kommit-utan-mina-foraldrar/index', 'jag-har-fatt-uppehallstillstand/index'],
  ps: ['jag-ar-asylsokande/index', 'jag-har-kommit-utan-mina-foraldrar/index', 'jag-har-fatt-uppehallstillstand/index'],
  ckb: ['jag-ar-asylsokande/index', 'jag-har-fatt-uppehallstillstand/index'],
  so: ['jag-ar-asylsokande/index', 'jag-har-fatt-uppehallstillstand/index', 'jag-har-kommit-utan-mina-foraldrar/index'],
  ti: ['jag-ar-asylsokande/index', 'jag-har-fatt-uppehallstillstand/index', 'jag-har-kommit-utan-mina-foraldrar/index'],
  ru: ['ukraina/index'],
  uk: ['ukraina/index'],
};

/**
 * Letters from Swedish authorities carry Gregorian dates. Where a language's everyday calendar
 * is another (Solar Hijri in Persian, Dari and Pashto), its dates show the Gregorian date beside
 * it in the same script; Tigrinya, whose month names readers may not match with a letter, gets
 * the numeric date as the letters write it (2026-11-21).
 */
export const gregorianBeside: Partial<Record<LanguageCode, 'long' | 'numeric'>> = { fa: 'long', prs: 'long', ps: 'long', ti: 'numeric' };
