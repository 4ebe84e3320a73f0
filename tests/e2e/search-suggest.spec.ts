/**
 * "Did you mean …?" (issue #11): a query that finds nothing, when a spelling the site uses finds
 * something, shows that spelling's results at once under "Showing results for …", with a link
 * that searches the query as typed (which then offers the spelling as "Did you mean"). Checked in
 * a Latin, an Arabic-script, a Cyrillic and a Ge'ez language with mistakes people make (two
 * letters swapped, a neighbouring key, a doubled letter, a vowel order confused), and with the
 * spellings of Swedish names Pashto and Tigrinya readers type.
 */
import { expect, test, type Page } from '@playwright/test';
import { generatedPageUrl, pageUrl } from '../../src/site/routes.ts';
import { readStrings } from '../support/ui-strings.ts';
import { resultPaths, search, searchFinished } from '../support/search.ts';

const strings = readStrings();

const misspellings = [
  // Two letters swapped.
  { lang: 'en', typed: 'dentsit', suggested: 'dentist' },
  // ف typed as its neighbour ق on an Arabic keyboard.
  { lang: 'ar', typed: 'مستشقى', suggested: 'مستشفى' },
  // "Passport" with the double s of other languages.
  { lang: 'ru', typed: 'пасспорт', suggested: 'паспорт' },
  // ፒ (pi) typed as ፕ (p): the same consonant in another vowel order.
  { lang: 'ti', typed: 'ሆስፕታል', suggested: 'ሆስፒታል' },
  // Dublin as many Pashto readers write it (with ی); the pages write ډبلن.
  { lang: 'ps', typed: 'ډبلین', suggested: 'ډبلن' },
];

/** Every text the live region has held since this was called, in order. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.locator('.search-status').evaluate((status) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter((text) => text.trim() !== ''));
}

for (const { lang, typed, suggested } of misspellings) {
  test(`a misspelt query in ${lang} shows the results of the spelling the site uses, and a link to search it as typed`, async ({ page }) => {
    const showing = strings[lang]!['search.showingResultsFor']!.replace('{{query}}', suggested);
    await page.goto(generatedPageUrl(lang, 'search'));
    const said = await recordStatus(page);
    await page.getByRole('searchbox').fill(typed);
    await page.getByRole('searchbox').press('Enter');
    await searchFinished(page);

    // Results, not an empty list: those of the suggested spelling, said to be so.
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    const suggestion = page.locator('.search-suggestion');
    await expect(suggestion).toBeVisible();
    await expect(suggestion.locator('.search-showing')).toHaveText(showing);
    await expect(page.getByRole('searchbox')).toHaveValue(typed);
    // Screen readers hear it once: "searching", then one message with the spelling and the count.
    const final = (await said()).filter((text) => text !== strings[lang]!['search.loading']);
    expect(final, 'what the live region said after "searching"').toHaveLength(1);
    expect(final[0]).toContain(showing);

    // The link back searches exactly what was typed, as a plain address too.
    const asTyped = suggestion.getByRole('link', { name: typed, exact: true });
    await expect(suggestion).toContainText(strings[lang]!['search.searchInstead']!);
    const href = new URL((await asTyped.getAttribute('href'))!, 'http://site');
    expect([href.pathname, href.searchParams.get('q'), href.searchParams.get('as-typed')]).toEqual([generatedPageUrl(lang, 'search'), typed, '1']);
    await asTyped.click();
    await searchFinished(page);
    await expect(page).toHaveURL(/[?&]as-typed=1/);
    await expect(page.locator('site-search > .search-results li')).toHaveCount(0);
    // Searched as typed, it finds nothing and offers the spelling as "Did you mean".
    const didYouMean = suggestion.getByRole('link', { name: suggested, exact: true });
    await expect(suggestion).toContainText(strings[lang]!['search.didYouMean']!);
    await expect(page.locator('.search-status')).toContainText(suggested);
    await didYouMean.click();
    await expect(page.getByRole('searchbox')).toHaveValue(suggested);
    await searchFinished(page);
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    await expect(suggestion).toBeHidden();
    await expect(page).not.toHaveURL(/as-typed/);
  });
}

// Swedish names as Pashto and Tigrinya readers spell them, which the pages spell otherwise.
const spelledOtherwise = [
  { lang: 'ps', typed: 'ډبلین', page: 'jag-ar-asylsokande/dublin' },
  { lang: 'ti', typed: 'ፐርሶን ኑመር', page: 'jag-har-fatt-uppehallstillstand/forsta-stegen' },
];
for (const { lang, typed, page: answer } of spelledOtherwise) {
  test(`“${typed}” in ${lang} is never an empty list: the page that answers it is in the top 3`, async ({ page }) => {
    await search(page, lang, typed);
    expect((await resultPaths(page)).slice(0, 3)).toContain(pageUrl(lang, answer));
  });
}

test('a query that finds something offers no other spelling', async ({ page }) => {
  await search(page, 'en', 'appeal');
  await expect(page.locator('.search-suggestion')).toBeHidden();
});
