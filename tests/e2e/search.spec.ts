/**
 * Search as readers use it: a word in their own language finds the page in their language, a
 * Swedish official term finds their language's pages, and when their language finds nothing
 * the Swedish and English results are offered, marked as another language. Fallback pages
 * never appear in a non-Swedish result list.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { languageCodes, sourceLanguage, type LanguageCode } from '../../src/i18n/languages.ts';
import { hasOwnFile, pageIdsIn, readPage, titleOf } from './content-files.ts';

const targetPage = 'jag-ar-asylsokande/lma-kortet';

async function search(page: Page, lang: string, term: string): Promise<void> {
  await page.goto(`/${lang}/sok/`);
  await page.getByRole('searchbox').fill(term);
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('.search-status')).not.toHaveText(/^$|…/);
}

function resultHrefs(page: Page, selector = 'site-search > .search-results a'): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** The longest word of the page's title in that language: something a reader would type. */
function wordFromTitle(lang: string): string {
  const words = titleOf(lang, targetPage).split(/[\s,.:;!?()«»"“”'’\-–—]+/u).filter((word) => word.length >= 3);
  return words.sort((a, b) => b.length - a.length)[0]!;
}

for (const lang of languageCodes) {
  test(`a word in ${lang} finds the page in ${lang}`, async ({ page }) => {
    test.skip(!hasOwnFile(lang, targetPage), `${targetPage} is not translated into ${lang}`);
    const word = wordFromTitle(lang);
    await search(page, lang, word);
    expect(await resultHrefs(page), `searching “${word}”`).toContain(`/${lang}/${targetPage}/`);
    await expect(page.locator('.search-status')).toHaveAttribute('role', 'status');
  });
}

test('a Swedish term typed on another language’s site finds that language’s pages', async ({ page }) => {
  for (const lang of ['ar', 'ti', 'uk'] as const) {
    test.skip(!hasOwnFile(lang, 'jag-har-fatt-uppehallstillstand/forsta-stegen'), 'first-steps page not translated');
    await search(page, lang, 'personnummer');
    const hrefs = await resultHrefs(page);
    expect(hrefs, lang).toContain(`/${lang}/jag-har-fatt-uppehallstillstand/forsta-stegen/`);
    expect(hrefs.every((href) => href.startsWith(`/${lang}/`)), `${lang}: results stay in the reader's language`).toBe(true);
  }
});

test('when the reader’s language finds nothing, Swedish and English results are offered', async ({ page }) => {
  const lang: LanguageCode = 'ar';
  const arabicText = pageIdsIn(lang).map((id) => readPage(lang, id).toLowerCase()).join('\n');
  // A word that only the Swedish pages contain.
  const candidates = pageIdsIn(sourceLanguage)
    .filter((id) => !hasOwnFile(lang, id))
    .flatMap((id) => readPage(sourceLanguage, id).split('\n---\n')[1]!.split(/[^\p{L}]+/u))
    // ASCII letters only: å/ä/ö fold to a/o, and "foraldrar" would match Arabic pages quoting "för…".
    .filter((word) => word.length >= 9 && /^[a-z]+$/i.test(word) && !arabicText.includes(word.toLowerCase()));
  const word = candidates[0]!;
  expect(word, 'a Swedish-only word').toBeTruthy();
  await search(page, lang, word);
  await expect(page.locator('site-search > .search-results li')).toHaveCount(0);
  const other = page.locator('.search-other');
  await expect(other).toBeVisible();
  await expect(other.locator('h2')).not.toBeEmpty();
  const firstResult = other.locator('li').first();
  await expect(firstResult.locator('a')).toHaveAttribute('lang', /^(sv|en)$/);
  // The label is in the reader's language ("بالسويدية"), not the endonym glued to a foreign word.
  const arabic = JSON.parse(readFileSync('src/i18n/strings/ar.json', 'utf8')) as Record<string, string>;
  await expect(firstResult.locator('.search-language')).toHaveText(new RegExp(`^(${arabic['search.inSwedish']}|${arabic['search.inEnglish']})$`));
  const hrefs = await resultHrefs(page, '.search-other a');
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((href) => href.startsWith('/ar/')), 'offered results open in the reader’s language').toBe(true);
  await expect(page.locator('.search-status')).toContainText(word);
});

test('no fallback page appears in a non-Swedish result list', async ({ page }) => {
  for (const lang of languageCodes.filter((code) => code !== sourceLanguage)) {
    await search(page, lang, 'Migrationsverket');
    for (const href of await resultHrefs(page)) {
      const slug = href.split('/').slice(2, -1).join('/');
      expect(hasOwnFile(lang, slug), `${href} in ${lang} results is a fallback page`).toBe(true);
    }
  }
});

test('search is usable by keyboard and announces the number of results', async ({ page }) => {
  await page.goto('/sv/sok/?q=LMA');
  await expect(page.locator('.search-status')).toHaveText(/^\d+ träff/);
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sök' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('site-search > .search-results a').first()).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the sections', async ({ page }) => {
    await page.goto('/ti/sok/');
    await expect(page.locator('.search-without-script')).toBeVisible();
    await expect(page.locator('.search-without-script a[href="/ti/jag-ar-asylsokande/"]')).toBeVisible();
    await expect(page.locator('site-search form')).toBeHidden();
  });
});

test('the announced number counts every page found, not only the ten shown', async ({ page }) => {
  await search(page, 'sv', 'Migrationsverket');
  await expect(page.locator('site-search > .search-results li')).toHaveCount(10);
  const announced = Number(/\d+/.exec((await page.locator('.search-status').textContent()) ?? '')?.[0]);
  expect(announced).toBeGreaterThan(10);
});
