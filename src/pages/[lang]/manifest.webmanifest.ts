/** Each language's web app manifest, with the name and description in that language. */
import type { APIRoute } from 'astro';
import { getLanguage, type LanguageCode } from '../../i18n/languages.ts';
import { translatorFor } from '../../i18n/ui.ts';
import { everyLanguagePaths } from '../../site/routes.ts';
import { webManifestFor } from '../../offline/web-manifest.ts';

export const getStaticPaths = everyLanguagePaths;

export const GET: APIRoute = ({ props }) => {
  const lang = props['lang'] as LanguageCode;
  const language = getLanguage(lang);
  const t = translatorFor(lang);
  const manifest = webManifestFor({ lang, htmlLang: language.htmlLang, dir: language.dir, name: t('site.name'), shortName: t('site.name'), description: t('site.tagline') });
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
