/**
 * Print, which staff use to hand a page over on paper: the text without navigation, the
 * emergency numbers kept, and external addresses written out so a reader can type them.
 */
import { expect, test } from '@playwright/test';
import { pageUrl } from '../../src/site/routes.ts';

for (const lang of ['sv', 'ar'] as const) {
  test(`a printed page in ${lang} keeps the text and numbers, drops navigation, and writes out addresses`, async ({ page }) => {
    await page.goto(pageUrl(lang, 'jag-ar-asylsokande/lma-kortet'));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.skip-link']) await expect(page.locator(selector), selector).toBeHidden();
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('.emergency a[href="tel:112"]')).toBeVisible();
    const source = page.locator('.sources a[href^="https://"]').first();
    const href = (await source.getAttribute('href'))!;
    const printed = await source.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printed).toContain(href);
    await page.emulateMedia({ media: 'screen' });
    expect(await source.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none');
  });
}
