/**
 * The language part of a site address: every URL starts with its language (`/ar/…`), and the
 * rest is the same in every language (routes.ts `pageUrl`). Kept free of imports, so the search
 * script can use it without bundling the language registry; routes.ts re-exports it for the rest
 * of the code.
 */

/** `/ar/om-sverige/x/` → `{ lang: 'ar', slug: 'om-sverige/x' }`. */
export function splitUrlPath(pathname: string): { lang: string; slug: string } {
  const [, lang = '', ...rest] = pathname.split('/');
  return { lang, slug: rest.filter(Boolean).join('/') };
}

/**
 * The same address in language `lang`: `/sv/asyl/lma/#x` found in the Swedish search index →
 * `/ar/asyl/lma/#x` for an Arabic reader. An address without a language segment is returned as it is.
 */
export function urlInLanguage(url: string, lang: string): string {
  const languageEnd = url.indexOf('/', 1);
  if (!url.startsWith('/') || languageEnd <= 1) return url;
  return `/${lang}${url.slice(languageEnd)}`;
}
