/**
 * Which built URLs belong in the sitemap: real pages only. Fallback pages (Swedish text under
 * another language's URL), the root language chooser and editor pages are left out, so search
 * engines see each text once, under its own language.
 */
import { isLanguageCode } from '../i18n/languages.ts';
import { generatedSlugs, splitUrlPath, translationStatusSlug } from './routes.ts';

export function isListedInSitemap(pathname: string, hasPageFile: (lang: string, slug: string) => boolean): boolean {
  const { lang, slug } = splitUrlPath(pathname);
  if (!isLanguageCode(lang)) return false; // the root chooser, 404
  // The status page is for editors; the language home and the search page are real pages.
  if (generatedSlugs.has(slug)) return slug !== translationStatusSlug;
  return hasPageFile(lang, slug);
}
