/**
 * Which built URLs belong in the sitemap: real pages only. Fallback pages (Swedish text under
 * another language's URL), the root language chooser and editor pages are left out, so search
 * engines see each text once, under its own language.
 */
import { isLanguageCode } from '../i18n/languages.ts';
import { pageIdCandidates } from './routes.ts';

/** Page paths (`<lang>/<id>`) that must not be listed although they are built. */
export const unlistedPagePaths = [/^\/[^/]+\/om-webbplatsen\/oversattningsstatus\/$/, /^\/404\/?$/];

export function isListedInSitemap(pathname: string, hasContentFile: (lang: string, id: string) => boolean): boolean {
  if (pathname === '/' || unlistedPagePaths.some((pattern) => pattern.test(pathname))) return false;
  const [, lang = '', ...rest] = pathname.split('/');
  if (!isLanguageCode(lang)) return false;
  const slug = rest.filter(Boolean).join('/');
  if (slug === '' || slug === 'sok') return true; // language home and search page
  return pageIdCandidates(slug).some((id) => hasContentFile(lang, id));
}
