/**
 * Page ids and URLs. A page's id is its path under the language folder without extension
 * (`jag-ar-asylsokande/lma-kortet`, a section's own page `jag-ar-asylsokande/index`). The URL
 * is the same path in every language, so staff can swap `/sv/` for `/ti/`.
 */
import { isLanguageCode, type LanguageCode } from '../i18n/languages.ts';

const contentExtension = /\.(md|mdx)$/;

/** `jag-ar-asylsokande/index` → `jag-ar-asylsokande`; `index` → `` (the language home). */
export function slugOfPage(id: string): string {
  if (id === 'index') return '';
  return id.replace(/\/index$/, '');
}

/** Site path of a page in a language, always with a trailing slash. */
export function pageUrl(lang: LanguageCode | string, id: string): string {
  const slug = slugOfPage(id);
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

export function homeUrl(lang: LanguageCode | string): string {
  return `/${lang}/`;
}

/** Splits a file path relative to the content root (`ar/asyl/lma.md`) into language and page id. */
export function splitContentPath(relativePath: string): { folder: string; id: string } {
  const normalised = relativePath.replace(/\\/g, '/').replace(contentExtension, '');
  const slash = normalised.indexOf('/');
  if (slash === -1) return { folder: '', id: normalised };
  return { folder: normalised.slice(0, slash), id: normalised.slice(slash + 1) };
}

export function isSectionIndex(id: string): boolean {
  return id === 'index' || id.endsWith('/index');
}

/**
 * Ids of the section pages above a page, outermost first, whether or not they exist:
 * `a/b/c` → [`a/index`, `a/b/index`]; `a/index` → [].
 */
export function ancestorIds(id: string): string[] {
  const segments = slugOfPage(id).split('/').filter(Boolean);
  const ancestors: string[] = [];
  for (let depth = 1; depth < segments.length; depth += 1) {
    ancestors.push(`${segments.slice(0, depth).join('/')}/index`);
  }
  return ancestors;
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

/** Page id that a language-less path points to, or null if the path is not a page path. */
export function pageIdCandidates(path: string): string[] {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return ['index'];
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

/** Pages the site builds from code rather than from content files, at `/<lang>/<slug>/`. */
export const searchSlug = 'sok';
export const translationStatusSlug = 'om-webbplatsen/oversattningsstatus';
export const generatedSlugs: ReadonlySet<string> = new Set(['', searchSlug, translationStatusSlug]);

/** `/ar/om-sverige/x/` → `{ lang: 'ar', slug: 'om-sverige/x' }`. */
export function splitUrlPath(pathname: string): { lang: string; slug: string } {
  const [, lang = '', ...rest] = pathname.split('/');
  return { lang, slug: rest.filter(Boolean).join('/') };
}
