/**
 * Honest lists (issue #13): in every language, an untranslated page in a list, card, breadcrumb or
 * table of contents carries "(in Swedish)" in the reader's language and lang="sv" on its Swedish
 * text, translated pages carry neither, and no list mixes directions.
 */
import { expect, test, type Locator } from '@playwright/test';
import { getLanguage, languageCodes, sourceLanguage } from '../../src/i18n/languages.ts';
import { generatedPageUrl, splitUrlPath } from '../../src/site/routes.ts';
import { isSectionPage } from '../../src/site/tree.ts';
import { translatorFor as t } from '../support/ui-strings.ts';
import { contentSite, hasOwnFile } from '../support/content-tree.ts';
import { phone } from '../support/phone.ts';

test.use({ viewport: phone });

/** The side a block's text lines up on: 'left' or 'right'. */
async function alignedSide(element: Locator): Promise<string> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    const rtl = style.direction === 'rtl';
    if (style.textAlign === 'start') return rtl ? 'right' : 'left';
    if (style.textAlign === 'end') return rtl ? 'left' : 'right';
    return style.textAlign;
  });
}

for (const lang of languageCodes.filter((code) => code !== sourceLanguage)) {
  test(`lists in ${lang} mark untranslated pages "(in Swedish)" and keep one direction`, async ({ page }) => {
    test.setTimeout(180_000);
    const marker = t(lang)('marker.inSwedish');
    const side = getLanguage(lang).dir === 'rtl' ? 'right' : 'left';
    const sections = contentSite().pages.filter((candidate) => candidate.lang === lang && isSectionPage(candidate.id) && candidate.id !== 'index');
    let untranslatedSeen = 0;
    for (const pathname of [generatedPageUrl(lang, 'home'), ...sections.map((section) => section.url)]) {
      await page.goto(pathname);
      for (const item of await page.locator('.page-list > ul > li').all()) {
        const href = (await item.locator('a').getAttribute('href')) ?? '';
        const own = hasOwnFile(lang, splitUrlPath(href).slug);
        const where = `${pathname} → ${href}`;
        await expect.soft(item.locator('.in-swedish'), where).toHaveCount(own ? 0 : 1);
        if (!own) {
          untranslatedSeen += 1;
          await expect.soft(item.locator('.in-swedish'), where).toHaveText(marker);
          await expect.soft(item.locator('a > span').first(), where).toHaveAttribute('lang', 'sv');
          await expect.soft(item.locator('p'), where).toHaveAttribute('lang', 'sv');
        }
        expect.soft(await alignedSide(item.locator('p')), `${where}: description aligned against the list`).toBe(side);
      }
    }
    test.info().annotations.push({ type: 'untranslated items', description: String(untranslatedSeen) });
  });
}

// A fallback page's table of contents and breadcrumb: tests/integration/build.test.ts checks them on a
// fixture site, since every page of the real content is translated today.
