/**
 * Every built page in every language: right lang and dir, one h1, a title, a working skip
 * link, a language picker whose links all resolve, and an honest fallback wherever a
 * translation file is missing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getLanguage, languageCodes, sourceLanguage, type LanguageCode } from '../../src/i18n/languages.ts';
import { generatedSlugs, splitUrlPath } from '../../src/lib/routes.ts';
import { hasOwnFile } from './content-files.ts';
import { builtPagePaths, distDir, pagesByLanguage } from './site-pages.ts';

const built = new Set(builtPagePaths());


for (const [lang, paths] of pagesByLanguage()) {
  test(`every page in ${lang} has the right language, structure and picker`, async ({ page }) => {
    const language = getLanguage(lang as LanguageCode);
    expect(paths.length, `no pages built for ${lang}`).toBeGreaterThan(0);
    for (const pathname of paths) {
      const response = await page.goto(pathname);
      expect(response?.status(), pathname).toBe(200);
      const html = page.locator('html');
      await expect(html, pathname).toHaveAttribute('lang', language.htmlLang);
      await expect(html, pathname).toHaveAttribute('dir', language.dir);
      await expect(page.locator('h1'), pathname).toHaveCount(1);
      expect((await page.title()).trim(), pathname).not.toBe('');

      const skipTarget = (await page.locator('a.skip-link').getAttribute('href')) ?? '';
      expect(skipTarget, pathname).toMatch(/^#./);
      await expect(page.locator(skipTarget), `${pathname}: skip-link target`).toHaveCount(1);

      const pickerLinks = page.locator('.language-list a');
      await expect(pickerLinks, pathname).toHaveCount(languageCodes.length);
      for (const href of await pickerLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
        expect(built.has(href), `${pathname}: language picker link ${href} does not resolve`).toBe(true);
      }

      const slug = pathname.split('/').slice(2, -1).join('/');
      const fallbackNotice = page.locator('[data-notice="fallback"]');
      if (generatedSlugs.has(slug)) continue;
      if (lang !== sourceLanguage && !hasOwnFile(lang, slug)) {
        await expect(fallbackNotice, `${pathname} is a fallback and must say so`).toHaveCount(1);
        await expect(page.locator('article .prose'), pathname).toHaveAttribute('lang', 'sv');
        await expect(page.locator('article h1'), pathname).toHaveAttribute('lang', 'sv');
        await expect(page.locator('meta[name="robots"]'), pathname).toHaveAttribute('content', /noindex/);
        await expect(page.locator('main[data-pagefind-body]'), `${pathname}: fallback must not be indexed`).toHaveCount(0);
        await expect(page.locator('link[rel="alternate"]'), `${pathname}: fallback is nobody's alternate`).toHaveCount(0);
      } else {
        await expect(fallbackNotice, `${pathname} has its own text`).toHaveCount(0);
        await expect(page.locator('main[data-pagefind-body]'), pathname).toHaveCount(1);
        await expect(page.locator('link[rel="alternate"][hreflang="x-default"]'), pathname).toHaveCount(1);
      }
    }
  });
}

test('the root is a language chooser that lists every language by endonym', async ({ page }) => {
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/');
  for (const code of languageCodes) {
    const language = getLanguage(code);
    const link = page.locator(`.chooser-list a[href="/${code}/"]`);
    await expect(link).toHaveAttribute('lang', language.htmlLang);
    await expect(link).toHaveAttribute('hreflang', language.hreflang);
    await expect(link.locator('.endonym')).toHaveText(language.endonym);
  }
});

test('a missing address under a language answers 404 with that language’s page', async ({ page }) => {
  for (const code of languageCodes) {
    const response = await page.goto(`/${code}/finns-inte/`);
    expect(response?.status(), code).toBe(404);
    await expect(page.locator('html'), code).toHaveAttribute('lang', getLanguage(code).htmlLang);
    await expect(page.locator('html'), code).toHaveAttribute('dir', getLanguage(code).dir);
    await expect(page.locator(`main a[href="/${code}/"]`), code).toHaveCount(1);
  }
});

test('a missing address outside the languages answers with the 404 page in every language', async ({ page }) => {
  const response = await page.goto('/finns-inte/');
  expect(response?.status()).toBe(404);
  for (const code of languageCodes) {
    await expect(page.locator(`li[lang="${getLanguage(code).htmlLang}"] a[href="/${code}/"]`)).toHaveCount(1);
  }
});

test('every page carries the emergency numbers as phone links', async ({ page }) => {
  for (const pathname of ['/sv/', '/ar/jag-ar-asylsokande/', '/ti/akut-hjalp/']) {
    await page.goto(pathname);
    for (const number of ['112', '1177', '11414']) {
      await expect(page.locator(`.emergency a[href="tel:${number}"]`), pathname).toHaveCount(1);
    }
  }
});

test('the home page offers entrances by situation', async ({ page }) => {
  await page.goto('/so/');
  for (const section of ['jag-ar-asylsokande', 'jag-har-fatt-uppehallstillstand', 'jag-har-kommit-utan-mina-foraldrar', 'om-sverige']) {
    await expect(page.locator(`#situations ~ ul a[href="/so/${section}/"]`)).toHaveCount(1);
  }
});

test('content pages ship no JavaScript', async ({ page }) => {
  for (const pathname of ['/sv/', '/ar/jag-ar-asylsokande/lma-kortet/', '/ti/mer-om-sverige/viktiga-ord/']) {
    await page.goto(pathname);
    await expect(page.locator('script'), pathname).toHaveCount(0);
  }
});

test('editors find every page’s status in every language on the status page', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Translation status' }).click();
  await expect(page).toHaveURL(/\/en\/om-webbplatsen\/oversattningsstatus\/$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const row = page.locator('tr', { has: page.locator('th code', { hasText: /^jag-ar-asylsokande\/lma-kortet$/ }) });
  await expect(row.locator('td')).toHaveCount(languageCodes.length);
  for (const code of languageCodes) {
    const expected = code === sourceLanguage ? 'source' : hasOwnFile(code, 'jag-ar-asylsokande/lma-kortet') ? 'current' : 'missing';
    await expect(row.locator(`td.status-${expected} a[href="/${code}/jag-ar-asylsokande/lma-kortet/"]`)).toHaveCount(1);
  }
});

test('the sitemap lists real pages with their alternates, never fallbacks or the chooser', () => {
  const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(locations).not.toContain('/');
  expect(locations).toContain('/ar/jag-ar-asylsokande/lma-kortet/');
  for (const pathname of locations) {
    const { lang, slug } = splitUrlPath(pathname);
    if (generatedSlugs.has(slug)) continue;
    expect(lang === sourceLanguage || hasOwnFile(lang, slug), `${pathname} in the sitemap is a fallback page`).toBe(true);
  }
  expect(sitemap).toMatch(/hreflang="fa-AF" href="[^"]*\/prs\/jag-ar-asylsokande\/lma-kortet\/"/);
});
