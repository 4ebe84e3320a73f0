/**
 * Search as readers use it: a word in their own language finds the page in their language, a
 * Swedish official term finds their language's pages, and when their language finds nothing
 * the Swedish and English results are offered, marked as another language. Fallback pages
 * never appear in a non-Swedish result list. Tests wait on the element's state (aria-busy),
 * never on translated text.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getLanguage, languageCodes, secondLanguages, sourceLanguage, type LanguageCode } from '../../src/i18n/languages.ts';
import { generatedPageUrl, pageUrl, splitUrlPath } from '../../src/site/routes.ts';
import { hasOwnFile, pageIdsIn, readPage, titleOf } from '../support/content-tree.ts';
import { resultPaths, search, searchFinished } from '../support/search.ts';

const targetPage = 'jag-ar-asylsokande/lma-kortet';

/** The longest word of the page's title in that language: something a reader would type. */
function wordFromTitle(lang: string): string {
  const words = titleOf(lang, targetPage).split(/[\s,.:;!?()«»"“”'’\-–—]+/u).filter((word) => word.length >= 3);
  return words.sort((a, b) => b.length - a.length)[0]!;
}

for (const lang of languageCodes.filter((code) => hasOwnFile(code, targetPage))) {
  test(`a word in ${lang} finds the page in ${lang}`, async ({ page }) => {
    const word = wordFromTitle(lang);
    await search(page, lang, word);
    expect(await resultPaths(page), `searching “${word}”`).toContain(pageUrl(lang, targetPage));
    await expect(page.locator('.search-status')).toHaveAttribute('role', 'status');
  });
}

const firstSteps = 'jag-har-fatt-uppehallstillstand/forsta-stegen';
for (const lang of (['ar', 'ti', 'uk'] as const).filter((code) => hasOwnFile(code, firstSteps))) {
  test(`a Swedish term typed on the ${lang} site finds ${lang} pages`, async ({ page }) => {
    await search(page, lang, 'personnummer');
    const paths = await resultPaths(page);
    expect(paths).toContain(pageUrl(lang, firstSteps));
    expect(paths.every((pathname) => splitUrlPath(pathname).lang === lang), 'results stay in the reader’s language').toBe(true);
  });
}

test('when the reader’s language finds nothing, Swedish and English results are offered', async ({ page }) => {
  const lang: LanguageCode = 'ar';
  const arabicText = pageIdsIn(lang).map((id) => readPage(lang, id).toLowerCase()).join('\n');
  // A word that only the Swedish pages contain (every page may be translated: any Swedish page).
  const candidates = pageIdsIn(sourceLanguage)
    .flatMap((id) => readPage(sourceLanguage, id).split('\n---\n')[1]!.split(/[^\p{L}]+/u))
    // ASCII letters only: å/ä/ö fold to a/o, and "foraldrar" would match Arabic pages quoting "för…".
    .filter((word) => word.length >= 9 && /^[a-z]+$/i.test(word) && !arabicText.includes(word.toLowerCase()));
  // Pagefind's Arabic stemmer also stems Latin words, so a Swedish word can meet an Arabic page
  // quoting another Swedish word: take the first candidate the Arabic index does not find.
  let word = '';
  for (const candidate of [...new Set(candidates)].slice(0, 8)) {
    await search(page, lang, candidate);
    if ((await page.locator('site-search > .search-results li').count()) === 0) {
      word = candidate;
      break;
    }
  }
  expect(word, 'a Swedish-only word the Arabic index does not find').toBeTruthy();
  const other = page.locator('.search-other');
  await expect(other).toBeVisible();
  await expect(other.locator('h2')).not.toBeEmpty();
  const firstResult = other.locator('li').first();
  await expect(firstResult.locator('a')).toHaveAttribute('lang', new RegExp(`^(${secondLanguages.map((code) => getLanguage(code).htmlLang).join('|')})$`));
  await expect(firstResult.locator('a')).toHaveAttribute('data-script', 'latin');
  // Labelled in the reader's language ("بالسويدية"), not with the endonym inside an Arabic sentence.
  const arabic = JSON.parse(readFileSync('src/i18n/strings/ar.json', 'utf8')) as Record<string, string>;
  await expect(firstResult.locator('.search-language')).toHaveText(new RegExp(`^(${arabic['search.inSwedish']}|${arabic['search.inEnglish']})$`));
  const paths = await resultPaths(page, '.search-other a');
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((pathname) => splitUrlPath(pathname).lang === lang), 'offered results open in the reader’s language').toBe(true);
  await expect(page.locator('.search-status')).toContainText(word);
});

for (const lang of languageCodes.filter((code) => code !== sourceLanguage)) {
  test(`no fallback page appears in the ${lang} result list`, async ({ page }) => {
    await search(page, lang, 'Migrationsverket');
    for (const pathname of await resultPaths(page)) {
      expect.soft(hasOwnFile(lang, splitUrlPath(pathname).slug), `${pathname} in ${lang} results is a fallback page`).toBe(true);
    }
  });
}

test('search is usable by keyboard and announces the number of results', async ({ page }) => {
  await page.goto(`${generatedPageUrl('sv', 'search')}?q=LMA`);
  await searchFinished(page);
  await expect(page.locator('.search-status')).toHaveText(/^\d+ träff/);
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sök' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('site-search > .search-results a').first()).toBeFocused();
});

test('typing then pressing Enter runs one search, so the live region speaks once', async ({ page }) => {
  // A first search loads Pagefind, so the one under test is as fast as a reader's second search.
  await search(page, 'sv', 'LMA');
  // Record every text the live region announces.
  await page.locator('.search-status').evaluate((status) => {
    const announced: string[] = [];
    (window as unknown as { announced: string[] }).announced = announced;
    new MutationObserver(() => announced.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('searchbox').fill('Migrationsverket');
  await page.getByRole('searchbox').press('Enter');
  await searchFinished(page);
  // The typing's own search would start 300 ms after the last keystroke: give it time to show.
  await page.waitForTimeout(1500);
  await searchFinished(page);
  const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
  // "Searching …" once, then the count once: a second search would repeat one or both.
  expect(announced, `announced: ${announced.join(' | ')}`).toHaveLength(2);
  expect(announced[1]).toMatch(/\d/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the sections', async ({ page }) => {
    await page.goto(generatedPageUrl('ti', 'search'));
    await expect(page.locator('.search-without-script')).toBeVisible();
    await expect(page.locator(`.search-without-script a[href="${pageUrl('ti', 'jag-ar-asylsokande/index')}"]`)).toBeVisible();
    await expect(page.locator('site-search form')).toBeHidden();
  });
});

test('with JavaScript the form is there from the first paint, so nothing moves when the script arrives', async ({ page }) => {
  // Hold the search element's script back: what shows is what the first paint shows. Swapping
  // the no-script text for the form in the script moved the page (Lighthouse layout shift 0.8).
  await page.route('**/_astro/Search*.js', (route) => route.abort());
  await page.goto(generatedPageUrl('ar', 'search'));
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.locator('.search-without-script')).toBeHidden();
});

test('the announced number counts every page found, not only the ten shown', async ({ page }) => {
  await search(page, 'sv', 'Migrationsverket');
  await expect(page.locator('site-search > .search-results li')).toHaveCount(10);
  const announced = Number(/\d+/.exec((await page.locator('.search-status').textContent()) ?? '')?.[0]);
  expect(announced).toBeGreaterThan(10);
});
