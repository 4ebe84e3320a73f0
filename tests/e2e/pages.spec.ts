/**
 * Every built page in every language has the right language and direction, one h1, a title, a
 * working skip link and a language picker whose links all resolve; and the pages built from
 * code (root chooser, 404s, home, status page) show what they promise.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { getLanguage, languageCodes, sourceLanguage } from '../../src/i18n/languages.ts';
import { generatedPageUrl, pageUrl, rootPages, wellKnownPages } from '../../src/site/routes.ts';
import { builtPages, pagesByLanguage, parsedPageFacts } from '../support/built-site.ts';
import { hasOwnFile } from '../support/content-tree.ts';

const built = new Set(builtPages());

/**
 * Lighthouse's own list (its SEO "link text" audit), read from the installed Lighthouse so the
 * test follows its updates: a link reading only "Start" tells a screen-reader user nothing.
 */
function genericLinkTexts(): Set<string> {
  const audit = createRequire(import.meta.url).resolve('lighthouse/core/audits/seo/link-text.js');
  const source = readFileSync(audit, 'utf8');
  const list = /const BLOCKLIST = new Set\(\[([\s\S]*?)\]\);/.exec(source)?.[1] ?? '';
  const texts = new Set([...list.matchAll(/^\s*'([^']+)',/gm)].map((match) => match[1]!));
  expect(texts.size, `no generic link texts found in ${audit}`).toBeGreaterThan(20);
  return texts;
}

for (const [lang, paths] of pagesByLanguage()) {
  test(`every page in ${lang} has the right language, structure and picker`, async ({ page }) => {
    const language = getLanguage(lang);
    const generic = genericLinkTexts();
    expect(paths.length, `no pages built for ${lang}`).toBeGreaterThan(0);
    // Read by Chromium's parser from the built files (see parsedPageFacts); serving is the hosting spec's job.
    const pages = await parsedPageFacts(page, paths, (document) => {
      const skipTarget = document.querySelector('a.skip-link')?.getAttribute('href') ?? '';
      let skipTargets = 0;
      try {
        skipTargets = skipTarget ? document.querySelectorAll(skipTarget).length : 0;
      } catch {
        skipTargets = 0;
      }
      const html = document.documentElement;
      return {
        lang: html.getAttribute('lang'),
        dir: html.getAttribute('dir'),
        script: html.getAttribute('data-script'),
        h1s: document.querySelectorAll('h1').length,
        title: document.title.trim(),
        skipTarget,
        skipTargets,
        pickerLinks: [...document.querySelectorAll('.language-list a')].map((link) => link.getAttribute('href') ?? ''),
        // As Lighthouse's audit reads them: links that go somewhere else, by their whole text.
        linkTexts: [...document.querySelectorAll('a[href]')]
          .filter((link) => !/^(#|mailto:|javascript:)/i.test(link.getAttribute('href') ?? '') && !(link.getAttribute('rel') ?? '').includes('nofollow'))
          .map((link) => (link.textContent ?? '').trim().toLowerCase()),
      };
    });
    for (const { pathname, facts } of pages) {
      // Soft: one bad page must not hide the others.
      expect.soft(facts.lang, pathname).toBe(language.htmlLang);
      expect.soft(facts.dir, pathname).toBe(language.dir);
      expect.soft(facts.script, pathname).toBe(language.script);
      expect.soft(facts.h1s, `${pathname}: h1 elements`).toBe(1);
      expect.soft(facts.title, pathname).not.toBe('');
      expect.soft(facts.skipTarget, pathname).toMatch(/^#./);
      expect.soft(facts.skipTargets, `${pathname}: skip-link target`).toBe(1);
      expect.soft(facts.pickerLinks.length, `${pathname}: language picker links`).toBe(languageCodes.length);
      for (const href of facts.pickerLinks) expect.soft(built.has(href), `${pathname}: language picker link ${href} does not resolve`).toBe(true);
      expect.soft(facts.linkTexts.filter((text) => generic.has(text)), `${pathname}: links with generic text`).toEqual([]);
    }
  });
}

test('the root is a language chooser that lists every language by endonym', async ({ page }) => {
  await page.goto(rootPages.chooser);
  expect(new URL(page.url()).pathname).toBe(rootPages.chooser);
  for (const code of languageCodes) {
    const language = getLanguage(code);
    const link = page.locator(`.chooser-list a[href="${generatedPageUrl(code, 'home')}"]`);
    await expect(link).toHaveAttribute('lang', language.htmlLang);
    await expect(link).toHaveAttribute('hreflang', language.hreflang);
    await expect(link).toHaveAttribute('dir', language.dir);
    await expect(link.locator('.endonym')).toHaveText(language.endonym);
  }
});

test('a missing address under a language answers 404 with that language’s page', async ({ page }) => {
  for (const code of languageCodes) {
    const response = await page.goto(`/${code}/finns-inte/`);
    expect(response?.status(), code).toBe(404);
    await expect(page.locator('html'), code).toHaveAttribute('lang', getLanguage(code).htmlLang);
    await expect(page.locator('html'), code).toHaveAttribute('dir', getLanguage(code).dir);
    await expect(page.locator(`main a[href="${generatedPageUrl(code, 'home')}"]`), code).toHaveCount(1);
  }
});

test('a missing address outside the languages answers with the 404 page in every language', async ({ page }) => {
  const response = await page.goto('/finns-inte/');
  expect(response?.status()).toBe(404);
  for (const code of languageCodes) {
    await expect(page.locator(`li[lang="${getLanguage(code).htmlLang}"] a[href="${generatedPageUrl(code, 'home')}"]`)).toHaveCount(1);
  }
});

test('every page carries the emergency numbers as phone links, and a link to more', async ({ page }) => {
  for (const pathname of ['/sv/', '/ar/jag-ar-asylsokande/', '/ti/akut-hjalp/', '/uk/sok/']) {
    await page.goto(pathname);
    for (const number of ['112', '1177', '11414']) {
      await expect(page.locator(`.emergency a[href="tel:${number}"]`), pathname).toHaveCount(1);
    }
    const lang = pathname.split('/')[1]!;
    await expect(page.locator(`.emergency a[href="${pageUrl(lang, wellKnownPages.emergency)}"]`), pathname).toHaveCount(1);
  }
});

test('the home page offers entrances by situation', async ({ page }) => {
  await page.goto('/so/');
  for (const section of ['jag-ar-asylsokande', 'jag-har-fatt-uppehallstillstand', 'jag-har-kommit-utan-mina-foraldrar', 'om-sverige']) {
    await expect(page.locator(`#situations ~ ul a[href="/so/${section}/"]`)).toHaveCount(1);
  }
});

test('editors find every page’s status in every language on the status page', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('.site-footer').getByRole('link', { name: 'Translation status' }).click();
  await expect(page).toHaveURL(new RegExp(`${generatedPageUrl('en', 'status')}$`));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const row = page.locator('tr', { has: page.locator('th code', { hasText: /^jag-ar-asylsokande\/lma-kortet$/ }) });
  await expect(row.locator('td')).toHaveCount(languageCodes.length);
  for (const code of languageCodes) {
    const expected = code === sourceLanguage ? 'source' : hasOwnFile(code, 'jag-ar-asylsokande/lma-kortet') ? /^status-(current|outdated)$/ : 'status-missing';
    const cell = row.locator(`td:has(a[href="${pageUrl(code, 'jag-ar-asylsokande/lma-kortet')}"])`);
    await expect(cell).toHaveClass(expected === 'source' ? 'status-source' : expected);
  }
});
