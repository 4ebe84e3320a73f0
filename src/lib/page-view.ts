/**
 * What a content page shows besides its text, decided here so the .astro route only renders:
 * the language the text is in, the breadcrumb trail, the language picker's targets and the
 * head's alternates.
 */
import { getLanguage, languageCodes, type LanguageCode } from '../i18n/languages.ts';
import { alternatesFor, type Alternate } from './page-head.ts';
import { breadcrumbIds } from './page-tree.ts';
import { pageUrl } from './routes.ts';
import type { SitePage } from './site-model.ts';

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
export function pickerLinksForGenerated(slug: string): { lang: LanguageCode; href: string }[] {
  return languageCodes.map((code) => ({ lang: code, href: `/${code}/${slug}/` }));
}

/** `getStaticPaths` of a route built once per language. */
export function everyLanguagePaths(): { params: { lang: LanguageCode } }[] {
  return languageCodes.map((lang) => ({ params: { lang } }));
}

export function headAlternates(page: SitePage, site: URL): Alternate[] {
  // A fallback is Swedish text under another language's URL: it is nobody's alternate.
  return page.kind === 'fallback' ? [] : alternatesFor(page.id, page.availableIn, site);
}
