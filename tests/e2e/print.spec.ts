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

test('a printed page carries its own full address, and the notices’ links print as full addresses', async ({ page }) => {
  // An Arabic machine translation: its notice links to the Swedish text.
  await page.goto(pageUrl('ar', 'jag-ar-asylsokande/lma-kortet'));
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const origin = new URL(canonical).origin;
  await expect(page.locator('.print-address')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-address')).toBeVisible();
  await expect(page.locator('.print-address')).toHaveText(canonical);
  const noticeLink = page.locator('.notice a[data-print-address]').first();
  const printed = await noticeLink.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printed).toContain(`${origin}/sv/`);
  // Staff controls are not printed: the share control and the report link are for the screen.
  for (const selector of ['details.share', '.report-problem']) await expect(page.locator(selector), selector).toBeHidden();
});
