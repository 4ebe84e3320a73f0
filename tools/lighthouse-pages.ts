/**
 * The pages `npm run lighthouse` scores in each language: one of each kind a reader or a staff
 * member opens (the home page, a content page, the search page and a handout), with whether the
 * page is kept out of search engines on purpose.
 */
import type { LanguageCode } from '../src/i18n/languages.ts';
import { generatedPageUrl, pageUrl, toolPageUrl } from '../src/site/routes.ts';

/** A page every language has (a priority page of docs/content-plan.md). */
export const lighthouseContentPage = 'jag-ar-asylsokande/lma-kortet';

export interface LighthousePage {
  kind: 'home' | 'content' | 'search' | 'handout';
  pathname: string;
  noindex: boolean;
}

export function lighthousePages(lang: LanguageCode): LighthousePage[] {
  return [
    { kind: 'home', pathname: generatedPageUrl(lang, 'home'), noindex: false },
    { kind: 'content', pathname: pageUrl(lang, lighthouseContentPage), noindex: false },
    { kind: 'search', pathname: generatedPageUrl(lang, 'search'), noindex: false },
    { kind: 'handout', pathname: toolPageUrl('handout', lang, lighthouseContentPage), noindex: true },
  ];
}
