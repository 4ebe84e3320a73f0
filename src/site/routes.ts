/**
 * Page ids and URLs: every URL of the site is made here. A page's id is its path under the
 * language folder without extension (`jag-ar-asylsokande/lma-kortet`, a section's own page
 * `jag-ar-asylsokande/index`). The URL is the same path in every language, so staff can swap
 * `/sv/` for `/ti/`. Pages built from code rather than content (home, search, status, the root
 * chooser and 404s) are listed once in `generatedPages`, `rootPages` and `languageNotFoundUrl`.
 */
import { isLanguageCode, languageCodes, type LanguageCode } from '../i18n/languages.ts';
import { offlinePageSlug } from '../offline/offline-paths.ts';
import { splitUrlPath } from './url-language.ts';

export { splitUrlPath, urlInLanguage } from './url-language.ts';

/** The id of a language's home page, at `/<lang>/`. */
export const homeId = 'index';

/** `/a/b/` → `a/b`. */
export function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** `jag-ar-asylsokande/index` → `jag-ar-asylsokande`; `index` → `` (the language home). */
export function slugOfPage(id: string): string {
  if (id === homeId) return '';
  return id.replace(/\/index$/, '');
}

/** Site path of a page in a language, always with a trailing slash. */
export function pageUrl(lang: LanguageCode | string, id: string): string {
  const slug = slugOfPage(id);
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}


/**
 * The language-less site path an editor writes in Markdown (`/jag-ar-asylsokande/lma-kortet/`)
 * or `null` when the href is something else: an external link, a link with an explicit
 * language (`/sv/...`, kept on purpose), a relative link or a bare anchor.
 */
export function languageLessPath(href: string): { path: string; hash: string } | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const hashIndex = href.indexOf('#');
  const path = hashIndex === -1 ? href : href.slice(0, hashIndex);
  const hash = hashIndex === -1 ? '' : href.slice(hashIndex);
  const firstSegment = path.split('/')[1] ?? '';
  if (isLanguageCode(firstSegment)) return null;
  return { path, hash };
}

/** Page ids a language-less path may name: `/a/` is the page `a` or the section page `a/index`. */
export function pageIdCandidates(path: string): string[] {
  const trimmed = trimSlashes(path);
  if (trimmed === '') return [homeId];
  return [trimmed, `${trimmed}/index`];
}

/**
 * Turns a language-less path into a link relative to the page it stands on. Relative links
 * keep the reader in the language of the URL they are reading, which matters on fallback
 * pages: the Swedish text shown at `/ar/x/` must link to `/ar/y/`, not `/sv/y/`.
 */
export function relativeHref(fromId: string, target: { path: string; hash: string }): string {
  const fromSegments = slugOfPage(fromId).split('/').filter(Boolean);
  const targetSegments = target.path.split('/').filter(Boolean);
  let shared = 0;
  while (
    shared < fromSegments.length &&
    shared < targetSegments.length &&
    fromSegments[shared] === targetSegments[shared]
  ) {
    shared += 1;
  }
  const up = '../'.repeat(fromSegments.length - shared);
  const down = targetSegments.slice(shared).map((segment) => `${segment}/`).join('');
  const relative = up + down;
  if (relative === '') return target.hash || './';
  return relative + target.hash;
}

/**
 * Content pages that every page links to (footer, emergency numbers). They are ordinary pages
 * under content/sv/; their ids are named here once, so a renamed page is changed in one place.
 */
export const wellKnownPages = {
  emergency: 'akut-hjalp',
  about: 'om-webbplatsen/index',
  accessibility: 'om-webbplatsen/tillganglighet',
  privacy: 'om-webbplatsen/integritet',
  /** The staff part's entrance (Swedish and English only, src/site/audience.ts). */
  staff: 'for-personal/index',
} as const;

export interface GeneratedPage {
  /** Path after the language: the page is at `/<lang>/<slug>/`. */
  slug: string;
  /** Search engines list it (the editors' status page is not for readers). */
  inSitemap: boolean;
  /**
   * A page readers read, held to the content-page rules (weight budget, no JavaScript). The
   * search page is not: it loads its script.
   */
  contentPage: boolean;
}

/**
 * Pages built in every language from code rather than from content files. Their route files
 * in src/pages/[lang]/ carry the same paths (Astro routes by file name).
 */
export const generatedPages = {
  home: { slug: '', inSitemap: true, contentPage: true },
  search: { slug: 'sok', inSitemap: true, contentPage: false },
  status: { slug: 'om-webbplatsen/oversattningsstatus', inSitemap: false, contentPage: false },
  /** What the service worker shows for a page that is neither saved nor reachable. */
  offline: { slug: offlinePageSlug, inSitemap: false, contentPage: true },
  // Recent changes across the site: for readers, so in the sitemap; not in search, whose
  // results should be the pages themselves, not one-line summaries of them.
  changes: { slug: 'andringar', inSitemap: true, contentPage: true },
} as const satisfies Record<string, GeneratedPage>;

export type GeneratedPageName = keyof typeof generatedPages;

/** Pages built once for the whole site, outside the language folders. Neither is in the sitemap. */
export const rootPages = {
  /** The language chooser. */
  chooser: '/',
  /** What a static host serves for any missing address. */
  notFound: '/404.html',
} as const;

/**
 * A language's own "not found" page, which hosts serve with status 404 for a missing address
 * under `/<lang>/` (src/hosting/policy.ts). The route `[lang]/404` builds it at `/<lang>/404/`
 * and the build moves it here (src/hosting/build-output.ts), the name static hosts look for.
 * Addresses outside the language folders get the root's all-languages `rootPages.notFound`.
 */
export function languageNotFoundUrl(lang: LanguageCode | string): string {
  return `/${lang}/404.html`;
}

export function generatedPageUrl(lang: LanguageCode | string, name: GeneratedPageName): string {
  return pageUrl(lang, generatedPages[name].slug || homeId);
}

/**
 * A language's Atom feed of changes, beside its changes page (`/sv/andringar.xml`). A file, not
 * a page: no trailing slash, and the built-site walk does not take it for one.
 */
export function changesFeedUrl(lang: LanguageCode | string): string {
  return `/${lang}/${generatedPages.changes.slug}.xml`;
}

/**
 * Families of pages built from code for every content page and language, for staff handing a
 * page over: the share view with its QR code (`/<lang>/dela/<page>/`) and the bilingual handout
 * (`/<lang>/utdelning/<page>/`, the page in `lang` with the Swedish text after it). They are
 * tools, not reading: not in the sitemap, not in search, not in the offline guides, no weight
 * budget (a QR code and two texts), and the handout has no site navigation.
 */
export const toolPageFamilies = {
  share: { prefix: 'dela', inSitemap: false, contentPage: false, siteShell: true },
  handout: { prefix: 'utdelning', inSitemap: false, contentPage: false, siteShell: false },
} as const satisfies Record<string, Omit<GeneratedPage, 'slug'> & { prefix: string; siteShell: boolean }>;

export type ToolPageName = keyof typeof toolPageFamilies;

/** `/<lang>/dela/<page>/`: the page `id` of language `lang` in a tool family. */
export function toolPageUrl(name: ToolPageName, lang: LanguageCode | string, id: string): string {
  const slug = slugOfPage(id);
  return `/${lang}/${toolPageFamilies[name].prefix}/${slug ? `${slug}/` : ''}`;
}

/** Which tool family the path after the language belongs to (`dela/om-sverige` → share). */
export function toolPageAt(slug: string): ToolPageName | undefined {
  const first = slug.split('/')[0];
  return (Object.keys(toolPageFamilies) as ToolPageName[]).find((name) => toolPageFamilies[name].prefix === first);
}

/** `/ar/dela/om-sverige/` → true: a share view or handout, at any depth under a language. */
export function isToolPageUrl(url: string): boolean {
  const { lang, slug } = splitUrlPath(url);
  return isLanguageCode(lang) && toolPageAt(slug) !== undefined;
}

/** `getStaticPaths` of a tool family's route: one page per content page (not the homes) and language. */
export function toolPageStaticPaths<T extends { lang: LanguageCode; id: string }>(pages: readonly T[]): { params: { lang: LanguageCode; slug: string }; props: { page: T } }[] {
  return contentPageStaticPaths(pages);
}

/** The generated page at `/<lang>/<slug>/`, if `slug` names one (a tool page counts too). */
export function generatedPageAt(slug: string): GeneratedPage | undefined {
  const tool = toolPageAt(slug);
  if (tool) return { ...toolPageFamilies[tool], slug };
  return Object.values(generatedPages).find((page) => page.slug === slug);
}

/**
 * `getStaticPaths` of the content-page route `[lang]/[...slug]`: every page of the model but
 * the language homes, which `[lang]/index` builds.
 */
export function contentPageStaticPaths<T extends { lang: LanguageCode; id: string }>(pages: readonly T[]): { params: { lang: LanguageCode; slug: string }; props: { page: T } }[] {
  return pages.filter((page) => page.id !== homeId).map((page) => ({ params: { lang: page.lang, slug: slugOfPage(page.id) }, props: { page } }));
}

/** `getStaticPaths` of a route built once per language; the language comes as a typed prop. */
export function everyLanguagePaths(): { params: { lang: LanguageCode }; props: { lang: LanguageCode } }[] {
  return languageCodes.map((lang) => ({ params: { lang }, props: { lang } }));
}
