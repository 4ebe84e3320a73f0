/**
 * What a route file in `src/pages/[lang]/` starts from: the language it is built in, that
 * language's translator and the site's public address. Read once here from what Astro hands the
 * route (`Astro.props` from `getStaticPaths`, `Astro.site` from astro.config.ts), so a route file
 * only picks its view model and renders it. Pure: the translators are passed in, because the
 * module that holds them (src/i18n/ui.ts) runs only inside the Astro build; astro-site.ts
 * (`languageRoute`) joins this to the site model.
 *
 * Not Astro middleware: middleware also runs for the feeds, manifests and icons, and would hide
 * where a route's language comes from; a call at the top of the route says it.
 */
import { isLanguageCode, type LanguageCode } from '../i18n/languages.ts';
import type { Translate } from '../i18n/translator.ts';

/** The part of Astro's route global this reads (`Astro` in a route file fits it). */
export interface RouteInput {
  /**
   * From `getStaticPaths`: `{ lang }` for a page built once per language (routes.ts
   * `everyLanguagePaths`), `{ page }` for a page built per content page (`contentPageStaticPaths`).
   */
  props: { lang?: unknown; page?: { lang?: unknown } };
  /** `site` in astro.config.ts: absolute URLs (canonical, alternates, QR codes) start from it. */
  site: URL | undefined;
}

export interface RouteContext {
  lang: LanguageCode;
  t: Translate;
  siteUrl: URL;
}

export function routeContext(astro: RouteInput, translatorFor: (lang: LanguageCode) => Translate): RouteContext {
  const lang = astro.props.page ? astro.props.page.lang : astro.props.lang;
  if (typeof lang !== 'string' || !isLanguageCode(lang)) {
    throw new Error(
      `A route was built without a site language (got ${JSON.stringify(lang)})\n  → Its getStaticPaths must give each path the props { lang } (everyLanguagePaths) or { page } (contentPageStaticPaths) from src/site/routes.ts.`,
    );
  }
  if (!astro.site) {
    throw new Error('astro.config.ts sets no `site`\n  → Set `site` to the address the site is published at (e.g. https://example.org): canonical links, alternates and QR codes are made from it.');
  }
  return { lang, t: translatorFor(lang), siteUrl: astro.site };
}
