/**
 * A glossary you can move through (issue #13 Must 4), at 360 × 740 in every language, without
 * JavaScript: an A–Ö index by Swedish headword whose links land on their terms, visible and
 * highlighted, and a way back to the index from every term.
 */
import { expect, test, type Page } from '@playwright/test';
import { languageCodes } from '../../src/i18n/languages.ts';
import { pageUrl } from '../../src/site/routes.ts';
import { glossaryId } from '../../src/site/glossary.ts';
import { phone } from '../support/phone.ts';

test.use({ viewport: phone, javaScriptEnabled: false });

async function expectTermInView(page: Page, id: string, where: string): Promise<void> {
  const term = page.locator(`.glossary h3[id="${id}"]`);
  await expect(term, where).toBeInViewport();
  const background = await term.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background, `${where}: the term is highlighted`).not.toBe('rgba(0, 0, 0, 0)');
}

for (const lang of languageCodes) {
  test(`the glossary in ${lang} has an A–Ö index whose links land on their terms, and a way back`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(pageUrl(lang, glossaryId));
    const terms = await page.locator('.glossary h3[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
    const indexLinks = page.locator('.glossary-index dd a');
    await expect(indexLinks).toHaveCount(terms.length);
    const headwords = await indexLinks.allInnerTexts();
    expect(headwords, 'A–Ö by Swedish headword').toEqual([...headwords].sort(new Intl.Collator('sv', { sensitivity: 'base', numeric: true }).compare));

    // From the end of the page, the way back opens the index; then a term from it.
    await page.locator(`.glossary h3[id="${terms.at(-1)}"]`).scrollIntoViewIfNeeded();
    const back = page.locator('.glossary-back a');
    await expect(back).toBeInViewport();
    await back.click();
    await expect(indexLinks.first()).toBeInViewport();
    for (const index of [0, Math.floor(terms.length / 2), terms.length - 1]) {
      await back.click();
      const link = indexLinks.nth(index);
      const id = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      await expectTermInView(page, id, `${lang} index → #${id}`);
    }
  });
}

test('a link from the text into the glossary lands on the term, visible and highlighted', async ({ page }) => {
  for (const lang of ['ru', 'ar'] as const) {
    await page.goto(`${pageUrl(lang, glossaryId)}#lma-kort`);
    await expectTermInView(page, 'lma-kort', lang);
  }
});
