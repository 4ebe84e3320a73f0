/**
 * The reader's first screen on a phone (issue #13), at 360 × 740 in every language and on every
 * page type: the h1 starts in the upper half, the start of the text is visible, the notices are
 * one line each and the emergency numbers are visible without scrolling.
 */
import { expect, test } from '@playwright/test';
import { languageCodes } from '../../src/i18n/languages.ts';
import { templatePages } from '../support/built-site.ts';
import { phone } from '../support/phone.ts';

/** The first element of the page's own text: a content page's prose, else what follows the h1. */
const textStart = 'article .prose > :first-child, main > h1 + *';

test.use({ viewport: phone });

for (const lang of languageCodes) {
  test(`the first screen in ${lang} shows the title, the start of the text and the emergency numbers`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const { template, pathname } of templatePages(lang)) {
      const where = `${lang} ${template} ${pathname}`;
      await page.goto(pathname);
      const h1 = (await page.locator('h1').boundingBox())!;
      expect.soft(h1.y, `${where}: h1 starts ${Math.round(h1.y)} px down`).toBeLessThan(phone.height / 2);
      const text = (await page.locator(textStart).first().boundingBox())!;
      expect.soft(text.y, `${where}: text starts ${Math.round(text.y)} px down`).toBeLessThan(phone.height - 40);
      for (const number of ['112', '1177', '11414']) {
        const link = (await page.locator(`.emergency a[href="tel:${number}"]`).boundingBox())!;
        expect.soft(link.y + link.height, `${where}: ${number} below the first screen`).toBeLessThanOrEqual(phone.height);
      }
      for (const notice of await page.locator('.notice').all()) {
        const box = (await notice.boundingBox())!;
        expect.soft(box.height, `${where}: a notice takes ${box.height} px`).toBeLessThanOrEqual(96);
      }
    }
  });
}

test('a notice opens to its explanation without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
  const page = await context.newPage();
  // Every translated page says it is a machine translation (fallbacks: same component, same markup).
  const translated = templatePages('ti').find((template) => template.template === 'content page')!;
  await page.goto(translated.pathname);
  const notice = page.locator('[data-notice="machine"]');
  await expect(notice.locator('p').first()).toBeHidden();
  await notice.locator('summary').click();
  await expect(notice.locator('p').first()).toBeVisible();
  await context.close();
});
