/**
 * The editors' view of translation status: per language, which pages are current, outdated,
 * missing and machine-translated, and which translations record a source version that never
 * existed (a hand-edited or copied hash).
 */
import { languageCodes, sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from './content-errors.ts';
import type { ContentFile, SiteModel } from './site-model.ts';

export interface LanguageReport {
  lang: string;
  current: string[];
  outdated: string[];
  missing: string[];
  machine: string[];
}

export function translationReport(model: SiteModel): LanguageReport[] {
  return languageCodes
    .filter((lang) => lang !== sourceLanguage)
    .map((lang) => {
      const pages = model.pages.filter((page) => page.lang === lang);
      const ids = (status: string) => pages.filter((page) => page.status === status).map((page) => page.id);
      return {
        lang,
        current: ids('current'),
        outdated: ids('outdated'),
        missing: ids('missing'),
        machine: pages.filter((page) => page.translation?.data.translation?.method === 'machine').map((page) => page.id),
      };
    });
}

/**
 * A recorded hash must be one the Swedish page really had: today's (current) or an earlier
 * version's (outdated). Anything else was typed or copied by hand, and the status it implies is
 * a guess.
 */
export function unknownSourceHashes(model: SiteModel, historicHashes: (source: ContentFile) => ReadonlySet<string>): ContentError[] {
  const errors: ContentError[] = [];
  for (const page of model.pages) {
    const recorded = page.translation?.data.translation?.source;
    if (!page.translation || !recorded || recorded === model.sourceHashes.get(page.id)) continue;
    if (!historicHashes(page.source).has(recorded)) {
      errors.push(new ContentError(page.translation.filePath, `translation.source ${recorded} matches no version of the Swedish page ${page.source.filePath}`, `Do not edit the hash by hand: compare the translation with the Swedish page, update it, then run \`npm run i18n:stamp -- ${page.lang} ${page.id}\`.`));
    }
  }
  return errors;
}

/** Text left as a placeholder by `npm run new-page` must be written before the page goes out. */
export function placeholderErrors(model: SiteModel): ContentError[] {
  return model.pages
    .filter((page) => page.lang === sourceLanguage)
    .filter((page) => /\bTODO\b/.test(`${page.source.data.title}\n${page.source.data.description}\n${page.source.body}`))
    .map((page) => new ContentError(page.source.filePath, 'the page still contains TODO placeholders', 'Write the title, description and text, then remove every TODO.'));
}
