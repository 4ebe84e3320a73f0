/**
 * What a content page shows besides its text, decided here so the .astro route only renders:
 * the language the text is in, the breadcrumb trail, the language picker's targets and the
 * head's alternates.
 */
import { getLanguage, languageCodes, sourceLanguage, type LanguageCode } from '../i18n/languages.ts';
import type { SitePage } from './model.ts';
import { generatedPageUrl, pageUrl, type GeneratedPageName } from './routes.ts';
import { breadcrumbIds } from './tree.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * What a page's <head> says about its languages: hreflang alternates (real versions only: a
 * fallback page shows Swedish text, so it is no alternate of anything) and x-default.
 */
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

export interface TextLanguage {
  lang: string | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

/** On a fallback page the text is Swedish: it carries its own lang and dir. */
export function textLanguageOf(page: SitePage): TextLanguage {
  if (page.kind !== 'fallback') return { lang: undefined, dir: undefined };
  const shown = getLanguage(page.shown.folder as LanguageCode);
  return { lang: shown.htmlLang, dir: shown.dir };
}

export interface Crumb {
  title: string;
  href: string;
  lang?: string | undefined;
}

export function crumbFor(page: SitePage): Crumb {
  return { title: page.shown.data.title, href: page.url, lang: textLanguageOf(page).lang };
}

export function breadcrumbTrail(page: SitePage, lookup: (id: string) => SitePage | undefined, existingIds: ReadonlySet<string>): Crumb[] {
  return breadcrumbIds(page.id, existingIds)
    .map((id) => lookup(id))
    .filter((ancestor): ancestor is SitePage => ancestor !== undefined)
    .map(crumbFor);
}

export function pickerLinksFor(id: string): { lang: LanguageCode; href: string }[] {
  return languageCodes.map((code) => ({ lang: code, href: pageUrl(code, id) }));
}

/** Picker targets of a page the site generates (search, status) at `/<lang>/<slug>/`. */
export function pickerLinksForGenerated(name: GeneratedPageName): { lang: LanguageCode; href: string }[] {
  return languageCodes.map((code) => ({ lang: code, href: generatedPageUrl(code, name) }));
}

export function headAlternates(page: SitePage, site: URL): Alternate[] {
  // A fallback is Swedish text under another language's URL: it is nobody's alternate.
  return page.kind === 'fallback' ? [] : alternatesFor(page.id, page.availableIn, site);
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table of contents is worth its space only on long pages: three or more sections. */
export const minimumSectionsForToc = 3;

export function tocEntries(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2 && heading.text.trim() !== '');
  return sections.length >= minimumSectionsForToc ? sections : [];
}

/** The numbers every page carries. `display` keeps a no-break space so "114 14" never splits. */
export const emergencyNumbers = [
  { dial: '112', display: '112', labelKey: 'emergency.112' },
  { dial: '1177', display: '1177', labelKey: 'emergency.1177' },
  { dial: '11414', display: '114\u00a014', labelKey: 'emergency.11414' },
] as const;
