/**
 * Rules over the site model's pages that the model itself cannot decide: a translation that
 * records a source version the Swedish page never had, and a new page still holding the TODO
 * placeholders `npm run new-page` wrote.
 */
import { sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import type { ContentFile } from '../content-files/file.ts';
import type { SiteModel } from '../site/model.ts';

/**
 * A recorded hash must be one the Swedish page really had: today's (current) or an earlier
 * version's (outdated). Anything else was typed or copied by hand, and the status it implies is
 * a guess.
 */
export function unknownSourceHashes(model: SiteModel, historicHashes: (source: ContentFile) => ReadonlySet<string>, uncommitted: (source: ContentFile) => boolean = () => false): ContentError[] {
  const errors: ContentError[] = [];
  for (const page of model.pages) {
    const recorded = page.translation?.data.translation?.source;
    if (!page.translation || !recorded || recorded === model.sourceHashes.get(page.id)) continue;
    // Stamped from a Swedish version not yet committed: the translation is outdated, not wrong.
    if (!historicHashes(page.source).has(recorded) && !uncommitted(page.source)) {
      errors.push(new ContentError(page.translation.filePath, `translation.source ${recorded} matches no version of the Swedish page ${page.source.filePath}`, `Do not edit the hash by hand: compare the translation with the Swedish page, update it, then run \`npm run i18n:stamp -- ${page.lang} ${page.id}\`.`));
    }
  }
  return errors;
}

/** Text left as a placeholder by `npm run new-page` must be written before the page goes out. */
export function placeholderErrors(model: SiteModel): ContentError[] {
  return model.pages
    .filter((page) => page.lang === sourceLanguage)
    .filter((page) => /\bTODO\b/.test(`${page.source.data.title}\n${page.source.data.description}\n${page.source.body}\n${(page.source.data.sources ?? []).map((source) => `${source.title} ${source.url}`).join('\n')}`))
    .map((page) => new ContentError(page.source.filePath, 'the page still contains TODO placeholders', 'Write the title, description, text and sources (the authority pages the facts come from), then remove every TODO.'));
}
