/**
 * Keyboard use, in a left-to-right and a right-to-left language: the tab order through the
 * header with visible focus, the skip link, and the language picker. (Search by keyboard is in
 * search.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { pageUrl, wellKnownPages } from '../../src/site/routes.ts';

async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && box.width > 0 && box.height > 0;
  });
}

for (const lang of ['sv', 'ar'] as const) {
  const pathname = pageUrl(lang, 'jag-ar-asylsokande/lma-kortet');

  test(`tabbing in ${lang} reaches skip link, site name, search, picker and the emergency page in order, with visible focus`, async ({ page }) => {
    await page.goto(pathname);
    const stops: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      expect.soft(await focusVisible(page), `focus is visible at stop ${step + 1}`).toBe(true);
      stops.push(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return element.className || element.tagName.toLowerCase() + (element.getAttribute('href') ?? '');
      }));
    }
    expect(stops.slice(0, 4)).toEqual(['skip-link', 'site-name', 'search-link', 'summary']);
    expect(stops.slice(4)).toContain(`a${pageUrl(lang, wellKnownPages.emergency)}`);
  });

  test(`the skip link in ${lang} takes keyboard users past the header to the main content`, async ({ page }) => {
    await page.goto(pathname);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))), 'after the skip link, Tab continues inside main').toBe(true);
  });

  test(`the language picker in ${lang} opens from the keyboard and its links are reachable`, async ({ page }) => {
    await page.goto(pathname);
    await page.locator('.language-picker summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.language-list')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('.language-list a').first()).toBeFocused();
  });
}
