/**
 * Turns the content files of all languages into the pages the site builds: every Swedish page
 * in every language, as a real translation where one exists and as an honest fallback where
 * none does. Pure: the build, the checks and the tests all call it with their own files.
 */
import { isLanguageCode, languageCodes, sourceLanguage, type LanguageCode } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import type { ContentFile } from '../content-files/file.ts';
import { sourceHashOf } from '../content-files/hash.ts';
import { pageUrl } from './routes.ts';
import { publishedLanguages, staffLanguages, staffPageIds } from './audience.ts';

export type PageKind = 'source' | 'translation' | 'fallback';

/**
 * Status of a page in a language. It is derived from the files, never stored:
 * - source: the Swedish page itself
 * - current: translated from today's Swedish source
 * - outdated: the Swedish source changed since the translation was made, or the translation
 *   records no source version at all (an error the check reports; until it is fixed, readers
 *   are warned rather than told the text is current)
 * - missing: no translation file (the site shows a fallback page)
 * A translation without a Swedish source (an orphan) is no page: it is an error.
 */
export type TranslationStatus = 'source' | 'current' | 'outdated' | 'missing';

export function translationStatus(kind: PageKind, sourceHash: string, recordedSourceHash: string | undefined): TranslationStatus {
  if (kind === 'source') return 'source';
  if (kind === 'fallback') return 'missing';
  return recordedSourceHash === sourceHash ? 'current' : 'outdated';
}

export interface SitePage {
  lang: LanguageCode;
  id: string;
  url: string;
  kind: PageKind;
  status: TranslationStatus;
  /** The Swedish source of the page. */
  source: ContentFile;
  /** The translation in `lang`, when there is one. */
  translation: ContentFile | undefined;
  /** The file whose text the reader sees: the translation, or the Swedish source on a fallback. */
  shown: ContentFile;
  /** Languages with a real version of this page (the source and its translations). */
  availableIn: LanguageCode[];
  /** Languages the page is built in: all, or Swedish and English for the staff part. */
  publishedIn: readonly LanguageCode[];
  /** A page for people who work with newcomers (src/site/audience.ts). */
  forStaff: boolean;
}

export interface SiteModel {
  pages: SitePage[];
  errors: ContentError[];
  sourceHashes: Map<string, string>;
}

/** Checks the keys a page must or must not have in its role (source or translation). */
export function checkPageRole(file: ContentFile): ContentError[] {
  const errors: ContentError[] = [];
  if (file.folder === sourceLanguage) {
    if (file.data.translation) {
      errors.push(new ContentError(file.filePath, 'a Swedish source page has a `translation` block', 'Remove `translation:` from the frontmatter: Swedish pages are the source, not translations.'));
    }
    if (!file.data.sources || file.data.sources.length === 0) {
      errors.push(new ContentError(file.filePath, 'the page lists no `sources`', 'Add `sources:` with the title and https:// address of the authority pages the facts come from.'));
    }
  } else if (!file.data.translation) {
    errors.push(new ContentError(file.filePath, 'a translation has no `translation` block', 'Add `translation:` with `method: machine`, `human` or `machine-reviewed`, then run `npm run i18n:stamp -- ' + file.folder + ' ' + file.id + '`.'));
  } else if (file.data.translation.method === 'machine' && file.data.translation.reviewed) {
    errors.push(new ContentError(file.filePath, 'a machine translation has a `reviewed` date, but `method: machine` tells readers no person reviewed it', 'If a person reviewed the translation, set `method: machine-reviewed` (or `human`); otherwise remove `reviewed:`.'));
  } else if (file.data.translation.method !== 'machine' && !file.data.translation.reviewed) {
    errors.push(new ContentError(file.filePath, `\`method: ${file.data.translation.method}\` says a person checked this translation, but it has no \`reviewed\` date`, 'Add `reviewed: YYYY-MM-DD` (the day the person finished checking it), or set `method: machine` if nobody has.'));
  } else if (file.data.translation.reviewed && file.data.translation.reviewed.getTime() < file.data.updated.getTime()) {
    // The translation's `updated` is the Swedish version it was made from: a review before that day reviewed an older text.
    const day = (date: Date) => date.toISOString().slice(0, 10);
    errors.push(new ContentError(file.filePath, `the translation was reviewed on ${day(file.data.translation.reviewed)}, before the text it translates was updated (${day(file.data.updated)}): the review does not cover this text`, 'Have the updated translation checked and set `reviewed:` to that day, or set `method: machine` and remove `reviewed:` until then.'));
  } else if (!file.data.translation.source) {
    errors.push(new ContentError(file.filePath, 'the translation does not record which Swedish version it was made from', `Run \`npm run i18n:stamp -- ${file.folder} ${file.id}\` once the translation matches today's Swedish page.`));
  }
  return errors;
}

/** A machine translation no person has reviewed must say so to the reader. */
export function isUnreviewedMachineTranslation(page: SitePage): boolean {
  return page.kind === 'translation' && page.translation?.data.translation?.method === 'machine';
}

/**
 * `rejected` holds `folder/id` of pages whose file exists but is invalid (already reported):
 * a translation of such a Swedish page is not reported again as an orphan.
 */
export function buildSiteModel(files: readonly ContentFile[], rejected: ReadonlySet<string> = new Set()): SiteModel {
  const errors: ContentError[] = [];
  const byLanguage = new Map<LanguageCode, Map<string, ContentFile>>();
  for (const code of languageCodes) byLanguage.set(code, new Map());

  for (const file of files) {
    if (!isLanguageCode(file.folder)) {
      errors.push(new ContentError(file.filePath, `"${file.folder}" is not a language of the site`, `Move the file into one of the language folders (${languageCodes.join(', ')}), or add the language to src/i18n/languages.ts.`));
      continue;
    }
    errors.push(...checkPageRole(file));
    byLanguage.get(file.folder)!.set(file.id, file);
  }

  const sources = byLanguage.get(sourceLanguage)!;
  const sourceHashes = new Map<string, string>();
  for (const [id, file] of sources) sourceHashes.set(id, sourceHashOf(file));

  for (const code of languageCodes) {
    if (code === sourceLanguage) continue;
    for (const [id, file] of byLanguage.get(code)!) {
      if (!sources.has(id) && !rejected.has(`${sourceLanguage}/${id}`)) {
        errors.push(new ContentError(file.filePath, 'this translation has no Swedish source page', `Create content/${sourceLanguage}/${id}.md first, or rename this file to match an existing Swedish page.`));
      }
    }
  }

  const staffIds = staffPageIds(sources);
  for (const code of languageCodes) {
    if (staffLanguages.includes(code)) continue;
    for (const [id, file] of byLanguage.get(code)!) {
      if (staffIds.has(id)) {
        errors.push(new ContentError(file.filePath, `this page is for staff, published in ${staffLanguages.join(' and ')} only`, `Delete this file: content/${sourceLanguage}/${id}.md (or its section page) has \`audience: staff\`.`));
      }
    }
  }

  const pages: SitePage[] = [];
  const sortedIds = [...sources.keys()].sort();
  for (const id of sortedIds) {
    const source = sources.get(id)!;
    const forStaff = staffIds.has(id);
    const publishedIn = publishedLanguages(forStaff);
    const availableIn = publishedIn.filter((code) => byLanguage.get(code)!.has(id));
    for (const lang of publishedIn) {
      const translation = lang === sourceLanguage ? undefined : byLanguage.get(lang)!.get(id);
      const kind: PageKind = lang === sourceLanguage ? 'source' : translation ? 'translation' : 'fallback';
      pages.push({
        lang,
        id,
        url: pageUrl(lang, id),
        kind,
        status: translationStatus(kind, sourceHashes.get(id)!, translation?.data.translation?.source),
        source,
        translation,
        shown: translation ?? source,
        availableIn,
        publishedIn,
        forStaff,
      });
    }
  }
  return { pages, errors, sourceHashes };
}

/** The model with the lookups pages need: a page by language and id, and the Swedish pages the tree is built from. */
export interface SiteIndex extends SiteModel {
  page(lang: LanguageCode, id: string): SitePage | undefined;
  sourcePages: SitePage[];
}

export function indexSite(model: SiteModel): SiteIndex {
  const byKey = new Map(model.pages.map((page) => [`${page.lang}/${page.id}`, page]));
  return {
    ...model,
    page: (lang, id) => byKey.get(`${lang}/${id}`),
    sourcePages: model.pages.filter((page) => page.lang === sourceLanguage),
  };
}
