/**
 * Turns the content files of all languages into the pages the site builds: every Swedish page
 * in every language, as a real translation where one exists and as an honest fallback where
 * none does. Pure: the build, the checks and the tests all call it with their own files.
 */
import { isLanguageCode, languageCodes, sourceLanguage, type LanguageCode } from '../i18n/languages.ts';
import { hashSource } from './content-hash.ts';
import { ContentError } from './content-errors.ts';
import type { PageData } from './page-schema.ts';
import { pageUrl } from './routes.ts';
import { translationStatus, type TranslationStatus } from './translation-status.ts';

export interface ContentFile {
  /** Folder under the content root: a language code, or something else (an error). */
  folder: string;
  id: string;
  /** Path shown to editors in messages, e.g. `content/ar/asyl/lma.md`. */
  filePath: string;
  data: PageData;
  body: string;
  /** Line of the file where the body starts, when known (for messages). */
  bodyLine?: number | undefined;
}

export type PageKind = 'source' | 'translation' | 'fallback';

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
  } else if (!file.data.translation.source) {
    errors.push(new ContentError(file.filePath, 'the translation does not record which Swedish version it was made from', `Run \`npm run i18n:stamp -- ${file.folder} ${file.id}\` once the translation matches today's Swedish page.`));
  }
  return errors;
}

export function sourceHashOf(file: ContentFile): string {
  return hashSource({ title: file.data.title, description: file.data.description, body: file.body });
}

export function buildSiteModel(files: readonly ContentFile[]): SiteModel {
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
      if (!sources.has(id)) {
        errors.push(new ContentError(file.filePath, 'this translation has no Swedish source page', `Create content/${sourceLanguage}/${id}.md first, or rename this file to match an existing Swedish page.`));
      }
    }
  }

  const pages: SitePage[] = [];
  const sortedIds = [...sources.keys()].sort();
  for (const id of sortedIds) {
    const source = sources.get(id)!;
    const availableIn = languageCodes.filter((code) => byLanguage.get(code)!.has(id));
    for (const lang of languageCodes) {
      const translation = lang === sourceLanguage ? undefined : byLanguage.get(lang)!.get(id);
      const status = translationStatus(
        sourceHashes.get(id),
        translation?.data.translation?.source
          ? { source: translation.data.translation.source, method: translation.data.translation.method }
          : undefined,
        lang === sourceLanguage,
      );
      const kind: PageKind = lang === sourceLanguage ? 'source' : translation ? 'translation' : 'fallback';
      pages.push({
        lang,
        id,
        url: pageUrl(lang, id),
        kind,
        // A translation without a recorded hash is an error above; until fixed, treat it as outdated.
        status: kind === 'translation' && status === 'missing' ? 'outdated' : status,
        source,
        translation,
        shown: translation ?? source,
        availableIn,
      });
    }
  }
  return { pages, errors, sourceHashes };
}
