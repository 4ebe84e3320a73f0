/** A language's Atom feed of changes (`/<lang>/andringar.xml`, named in routes.ts). */
import type { APIRoute } from 'astro';
import type { LanguageCode } from '../../i18n/languages.ts';
import { translatorFor } from '../../i18n/ui.ts';
import { getSite } from '../../site/astro-site.ts';
import { atomFeed, changesListed, siteChanges } from '../../site/changes.ts';
import { changesFeedUrl, everyLanguagePaths, generatedPageUrl } from '../../site/routes.ts';

export const getStaticPaths = everyLanguagePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = (props as { lang: LanguageCode }).lang;
  const t = translatorFor(lang);
  const xml = atomFeed({
    lang,
    title: `${t('changes.title')} – ${t('site.name')}`,
    selfUrl: new URL(changesFeedUrl(lang), site).href,
    alternateUrl: new URL(generatedPageUrl(lang, 'changes'), site).href,
    siteUrl: site!,
    changes: siteChanges((await getSite()).pages, lang).slice(0, changesListed),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
