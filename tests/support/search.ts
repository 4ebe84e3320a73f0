/** Searching as a reader does, and waiting for the answer by state, not by translated text. */
import { expect, type Page } from '@playwright/test';
import { generatedPageUrl } from '../../src/site/routes.ts';

/**
 * Waits until <site-search> has answered: it marks itself aria-busy while it searches. The first
 * search loads Pagefind and an index, which takes seconds on a busy machine.
 */
export async function searchFinished(page: Page): Promise<void> {
  await expect(page.locator('.search-status')).not.toBeEmpty();
  await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
}

/** Opens the language's search page, types the term, presses Enter and waits for the answer. */
export async function search(page: Page, lang: string, term: string): Promise<void> {
  await page.goto(generatedPageUrl(lang, 'search'));
  await page.getByRole('searchbox').fill(term);
  await page.getByRole('searchbox').press('Enter');
  await searchFinished(page);
}

/** Paths of the links in a result list. */
export function resultPaths(page: Page, selector = 'site-search > .search-results a'): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
