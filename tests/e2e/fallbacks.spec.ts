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
import { distDir, pagesByLanguage } from '../support/built-site.ts';
import { hasOwnFile } from '../support/content-tree.ts';

const swedishText = languageAttributes(sourceLanguage);

for (const [lang, paths] of pagesByLanguage()) {
  if (lang === sourceLanguage) continue;
  test(`every page in ${lang} is either its own translation or an honest fallback`, async ({ page }) => {
    // One language's pages in one test: allow for a busy machine and a growing site.
    test.setTimeout(600_000);
    for (const pathname of paths) {
      const { slug } = splitUrlPath(pathname);
      // Pages built from code (home, search, status, 404) have no content file to fall back from.
      if (generatedPageAt(slug) || pathname === languageNotFoundUrl(lang)) continue;
      await page.goto(pathname);
      const fallbackNotice = page.locator('[data-notice="fallback"]');
      if (!hasOwnFile(lang, slug)) {
        await expect.soft(fallbackNotice, `${pathname} is a fallback and must say so`).toHaveCount(1);
        for (const selector of ['article .prose', 'article h1']) {
          for (const [name, value] of Object.entries(swedishText)) await expect.soft(page.locator(selector), `${pathname} ${selector}`).toHaveAttribute(name, value);
        }
        await expect.soft(page.locator('meta[name="robots"]'), pathname).toHaveAttribute('content', /noindex/);
        await expect.soft(page.locator('main[data-pagefind-body]'), `${pathname}: fallback must not be indexed`).toHaveCount(0);
        await expect.soft(page.locator('link[rel="alternate"]'), `${pathname}: fallback is nobody's alternate`).toHaveCount(0);
      } else {
        await expect.soft(fallbackNotice, `${pathname} has its own text`).toHaveCount(0);
        await expect.soft(page.locator('article .prose'), pathname).not.toHaveAttribute('lang', /./);
        await expect.soft(page.locator('main[data-pagefind-body]'), pathname).toHaveCount(1);
        await expect.soft(page.locator('link[rel="alternate"][hreflang="x-default"]'), pathname).toHaveCount(1);
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
