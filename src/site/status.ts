/**
 * Translation status grouped two ways: per language for the editors' command (`check:i18n`
 * prints it as a table), and per page for the editors' status page (one row per Swedish page,
 * one cell per language). Both read the status the site model decided.
 */
import { languageCodes, sourceLanguage } from '../i18n/languages.ts';
import { isUnreviewedMachineTranslation, type SitePage, type TranslationStatus } from './model.ts';

export interface LanguageReport {
  lang: string;
  current: string[];
  outdated: string[];
  missing: string[];
  machine: string[];
}

export function translationReport(pages: readonly SitePage[]): LanguageReport[] {
  return languageCodes
    .filter((lang) => lang !== sourceLanguage)
    .map((lang) => {
      const inLanguage = pages.filter((page) => page.lang === lang);
      const ids = (status: TranslationStatus) => inLanguage.filter((page) => page.status === status).map((page) => page.id);
      return {
        lang,
        current: ids('current'),
        outdated: ids('outdated'),
        missing: ids('missing'),
        machine: inLanguage.filter(isUnreviewedMachineTranslation).map((page) => page.id),
      };
    });
}

export interface StatusCell {
  lang: string;
  url: string;
  status: TranslationStatus;
  machine: boolean;
}

export interface StatusRow {
  id: string;
  cells: StatusCell[];
}

export function statusMatrix(pages: readonly SitePage[]): StatusRow[] {
  const byKey = new Map(pages.map((page) => [`${page.lang}/${page.id}`, page]));
  // The staff part is published in Swedish and English only: it has no row in an every-language table.
  const ids = [...new Set(pages.filter((page) => !page.forStaff).map((page) => page.id))].sort();
  return ids.map((id) => ({
    id,
    cells: languageCodes.map((lang) => {
      const page = byKey.get(`${lang}/${id}`)!;
      return { lang, url: page.url, status: page.status, machine: isUnreviewedMachineTranslation(page) };
    }),
  }));
}
