/**
 * "Did you mean …?" (issue #11): a misspelt query that finds nothing offers the word the site
 * uses, as a link that runs that search. Checked in a Latin, an Arabic-script, a Cyrillic and a
 * Ge'ez language with mistakes people make (two letters swapped, a neighbouring key, a doubled
 * letter, a vowel order confused).
 */
import { expect, test } from '@playwright/test';
import { resultPaths, search } from '../support/search.ts';

const misspellings = [
  // Two letters swapped.
  { lang: 'en', typed: 'dentsit', suggested: 'dentist' },
  // ف typed as its neighbour ق on an Arabic keyboard.
  { lang: 'ar', typed: 'مستشقى', suggested: 'مستشفى' },
  // "Passport" with the double s of other languages.
  { lang: 'ru', typed: 'пасспорт', suggested: 'паспорт' },
  // ፒ (pi) typed as ፕ (p): the same consonant in another vowel order.
  { lang: 'ti', typed: 'ሆስፕታል', suggested: 'ሆስፒታል' },
];

for (const { lang, typed, suggested } of misspellings) {
  test(`a misspelt query in ${lang} offers the spelling the site uses, and the link searches it`, async ({ page }) => {
    await search(page, lang, typed);
    await expect(page.locator('site-search > .search-results li')).toHaveCount(0);
    const suggestion = page.locator('.search-suggestion');
    await expect(suggestion).toBeVisible();
    const link = suggestion.getByRole('link', { name: suggested, exact: true });
    await expect(link).toHaveAttribute('href', `/${lang}/sok/?q=${encodeURIComponent(suggested)}`);
    // Screen readers hear the suggestion with the "no results" message.
    await expect(page.locator('.search-status')).toContainText(suggested);
    await link.click();
    await expect(page.getByRole('searchbox')).toHaveValue(suggested);
    await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    await expect(suggestion).toBeHidden();
  });
}

test('a query that finds something offers no other spelling', async ({ page }) => {
  await search(page, 'en', 'appeal');
  await expect(page.locator('.search-suggestion')).toBeHidden();
});
