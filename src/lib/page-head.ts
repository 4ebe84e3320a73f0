/**
 * What a page's <head> says about its languages: canonical URL, hreflang alternates (real
 * versions only: a fallback page shows Swedish text, so it is no alternate of anything) and
 * x-default.
 */
import { getLanguage, sourceLanguage, type LanguageCode } from '../i18n/languages.ts';
import { pageUrl } from './routes.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

export function alternatesFor(id: string, availableIn: readonly LanguageCode[], site: URL): Alternate[] {
  const alternates = availableIn.map((code) => ({
    hreflang: getLanguage(code).hreflang,
    href: new URL(pageUrl(code, id), site).href,
  }));
  if (availableIn.includes(sourceLanguage)) {
    alternates.push({ hreflang: 'x-default', href: new URL(pageUrl(sourceLanguage, id), site).href });
  }
  return alternates;
}

/** Titles read "Page – Site", and the site name alone on the home page. */
export function documentTitle(pageTitle: string | undefined, siteName: string): string {
  return pageTitle ? `${pageTitle} – ${siteName}` : siteName;
}
