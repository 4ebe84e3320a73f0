/**
 * Which URLs belong in the sitemap, decided from the site model: real pages only. Fallback
 * pages (Swedish text under another language's URL), the root chooser, the 404 page and the
 * editors' status page are left out, so search engines see each text once, in its own language.
 */
import { languageCodes } from '../i18n/languages.ts';
import type { SitePage } from './model.ts';
import { generatedPages, generatedPageUrl, type GeneratedPageName } from './routes.ts';

export function sitemapPaths(pages: readonly SitePage[]): Set<string> {
  const paths = new Set(pages.filter((page) => page.kind !== 'fallback').map((page) => page.url));
  for (const [name, page] of Object.entries(generatedPages)) {
    if (!page.inSitemap) continue;
    for (const lang of languageCodes) paths.add(generatedPageUrl(lang, name as GeneratedPageName));
  }
  return paths;
}
