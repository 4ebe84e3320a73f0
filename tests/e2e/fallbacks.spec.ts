/**
 * Honest fallbacks: wherever a translation file is missing, the page says so, shows the Swedish
 * text marked as Swedish, and stays out of search engines, the search index and the language
 * alternates; wherever one exists, the page is a real version. Expected answers come from the
 * content folders on disk, not from the site model the build used.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { languageAttributes, sourceLanguage } from '../../src/i18n/languages.ts';
import { generatedPageAt, languageNotFoundUrl, splitUrlPath } from '../../src/site/routes.ts';
import { distDir, pagesByLanguage, parsedPageFacts } from '../support/built-site.ts';
import { hasOwnFile } from '../support/content-tree.ts';

const swedishText = languageAttributes(sourceLanguage);

for (const [lang, paths] of pagesByLanguage()) {
  if (lang === sourceLanguage) continue;
  test(`every page in ${lang} is either its own translation or an honest fallback`, async ({ page }) => {
    // Pages built from code (home, search, status, 404) have no content file to fall back from.
    const contentPaths = paths.filter((pathname) => !generatedPageAt(splitUrlPath(pathname).slug) && pathname !== languageNotFoundUrl(lang));
    expect(contentPaths.length, `no content pages built for ${lang}`).toBeGreaterThan(0);
    // Read by Chromium's parser from the built files (see parsedPageFacts).
    const pages = await parsedPageFacts(page, contentPaths, (document) => {
      const attributes = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? { lang: element.getAttribute('lang'), dir: element.getAttribute('dir'), 'data-script': element.getAttribute('data-script') } : undefined;
      };
      return {
        fallbackNotices: document.querySelectorAll('[data-notice="fallback"]').length,
        prose: attributes('article .prose'),
        h1: attributes('article h1'),
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '',
        indexed: document.querySelectorAll('main[data-pagefind-body]').length,
        // The Atom feed of changes is an alternate too, but not a language version of the page.
        alternates: document.querySelectorAll('link[rel="alternate"][hreflang]:not([type="application/atom+xml"])').length,
        defaultAlternates: document.querySelectorAll('link[rel="alternate"][hreflang="x-default"]').length,
      };
    });
    for (const { pathname, facts } of pages) {
      if (!hasOwnFile(lang, splitUrlPath(pathname).slug)) {
        expect.soft(facts.fallbackNotices, `${pathname} is a fallback and must say so`).toBe(1);
        expect.soft(facts.prose, `${pathname} article .prose`).toEqual(swedishText);
        expect.soft(facts.h1, `${pathname} article h1`).toEqual(swedishText);
        expect.soft(facts.robots, pathname).toMatch(/noindex/);
        expect.soft(facts.indexed, `${pathname}: fallback must not be indexed`).toBe(0);
        expect.soft(facts.alternates, `${pathname}: fallback is nobody's alternate`).toBe(0);
      } else {
        expect.soft(facts.fallbackNotices, `${pathname} has its own text`).toBe(0);
        expect.soft(facts.prose?.lang ?? null, pathname).toBeNull();
        expect.soft(facts.indexed, pathname).toBe(1);
        expect.soft(facts.defaultAlternates, pathname).toBe(1);
      }
    }
  });
}

test('a page list marks untranslated pages as Swedish and keeps them out of the search index', async ({ page }) => {
  const lang = 'ar';
  await page.goto(`/${lang}/`);
  for (const item of await page.locator('#situations ~ ul > li').all()) {
    const href = (await item.locator('a').getAttribute('href')) ?? '';
    const own = hasOwnFile(lang, splitUrlPath(href).slug);
    expect(await item.getAttribute('data-pagefind-ignore'), href).toBe(own ? null : 'all');
    // The item keeps the list's language and direction; its Swedish title is marked (issue #13).
    expect(await item.getAttribute('lang'), href).toBe(null);
    expect(await item.locator('a > span').first().getAttribute('lang'), href).toBe(own ? null : swedishText.lang);
  }
});

test('the sitemap lists real pages with their alternates, never fallbacks or the chooser', () => {
  const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(locations).not.toContain('/');
  expect(locations).toContain('/ar/jag-ar-asylsokande/lma-kortet/');
  for (const pathname of locations) {
    const { lang, slug } = splitUrlPath(pathname);
    const generated = generatedPageAt(slug);
    if (generated) {
      expect(generated.inSitemap, `${pathname} is not for the sitemap`).toBe(true);
      continue;
    }
    expect(lang === sourceLanguage || hasOwnFile(lang, slug), `${pathname} in the sitemap is a fallback page`).toBe(true);
  }
  expect(sitemap).toMatch(/hreflang="fa-AF" href="[^"]*\/prs\/jag-ar-asylsokande\/lma-kortet\/"/);
});
