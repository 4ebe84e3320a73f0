/**
 * Finding the way on a phone (issue #13), at 360 × 740 in every language: the language picker
 * opens without breaking the header and says which languages have the page; the controls a
 * finger needs are at least 44 × 44 px and whole cards are links; official terms hold together;
 * the root chooser fits one screen; each home page leads with its readers' entrances.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { homeEntrancesFirst, languageCodes, languageName, languages } from '../../src/i18n/languages.ts';
import { generatedPageUrl, pageUrl, rootPages } from '../../src/site/routes.ts';
import { contentSite, hasOwnFile } from '../support/content-tree.ts';
import { phone } from '../support/phone.ts';

test.use({ viewport: phone });

const box = async (locator: Locator) => (await locator.boundingBox())!;
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * A page for newcomers (built in every language, not a staff page) that is translated in some
 * languages and not in others, so the picker shows both; when every page is translated, any
 * such page (then no language may carry the "(in Swedish)" marker; view.test.ts covers the marker).
 */
function partlyTranslatedPage(): string {
  const everyLanguage = contentSite().sourcePages.filter((source) => source.publishedIn.length === languageCodes.length).map((source) => source.id);
  const partly = everyLanguage.filter((id) => languageCodes.some((code) => !hasOwnFile(code, id)));
  return partly.find((id) => languageCodes.filter((code) => hasOwnFile(code, id)).length >= 3) ?? partly[0] ?? everyLanguage.find((id) => id !== 'index')!;
}

for (const lang of languageCodes) {
  test(`the picker in ${lang} opens below the header, names every language and marks the untranslated`, async ({ page }) => {
    const id = partlyTranslatedPage();
    await page.goto(pageUrl(lang, id));
    const header = page.locator('.site-header');
    const name = page.locator('.site-name');
    const [headerBefore, nameBefore] = [await box(header), await box(name)];
    await page.locator('.language-picker summary').click();
    const list = page.locator('.language-list');
    await expect(list).toBeVisible();
    const [headerAfter, nameAfter, listBox] = [await box(header), await box(name), await box(list)];
    expect(headerAfter.height, 'header grows by no more than its list').toBeLessThanOrEqual(headerBefore.height + listBox.height);
    expect(Math.abs(nameAfter.x - nameBefore.x) + Math.abs(nameAfter.y - nameBefore.y), 'site name stays in place').toBeLessThan(1);
    expect(listBox.y + listBox.height, 'the list fits the screen').toBeLessThanOrEqual(phone.height);
    expect(await noSidewaysScroll(page)).toBe(true);
    for (const language of languages) {
      const link = list.locator(`a[hreflang="${language.hreflang}"]`);
      await expect(link.locator('.endonym')).toHaveText(language.endonym);
      await expect(link.locator('.endonym')).toHaveAttribute('lang', language.htmlLang);
      const name = languageName(language.code, lang);
      // Named in the page's language unless that name is the endonym (دری is دری in Persian too).
      if (name.toLowerCase() !== language.endonym.toLowerCase()) await expect(link.locator('.language-name')).toHaveText(name);
      else await expect(link.locator('.language-name')).toHaveCount(0);
      await expect(link.locator('.in-swedish'), `${language.code}: marked when it would show Swedish`).toHaveCount(hasOwnFile(language.code, id) ? 0 : 1);
      expect((await box(link)).height, `${language.code}: link height`).toBeGreaterThanOrEqual(44);
    }
  });

  test(`controls in ${lang} are at least 44 × 44 px and home cards are links as a whole`, async ({ page }) => {
    await page.goto(generatedPageUrl(lang, 'home'));
    const controls = ['.emergency a[href="tel:112"]', '.emergency a[href="tel:1177"]', '.emergency a[href="tel:11414"]', '.emergency-heading a', '.search-link', '.language-picker summary'];
    for (const selector of controls) {
      const { width, height } = await box(page.locator(selector));
      expect.soft(width, `${selector} width`).toBeGreaterThanOrEqual(44);
      expect.soft(height, `${selector} height`).toBeGreaterThanOrEqual(44);
    }
    const cards = page.locator('.page-list-cards li');
    expect(await cards.count()).toBeGreaterThan(3);
    for (const card of await cards.all()) {
      const href = await card.locator('a').getAttribute('href');
      // The description and the card's far corner are the card's link too.
      await card.scrollIntoViewIfNeeded();
      const [description, cardBox] = [await box(card.locator('p')), await box(card)];
      for (const [x, y] of [[description.x + description.width / 2, description.y + description.height / 2], [cardBox.x + cardBox.width - 8, cardBox.y + cardBox.height - 8]]) {
        const hit = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('a')?.getAttribute('href') ?? null, [x, y]);
        expect.soft(hit, `${href}: a tap at ${Math.round(x!)},${Math.round(y!)}`).toBe(href);
      }
    }
  });
}

test('official terms with a hyphen never break at it', async ({ page }) => {
  await page.goto(pageUrl('sv', 'jag-ar-asylsokande/lma-kortet'));
  const terms = page.locator('.prose .term');
  expect(await terms.count()).toBeGreaterThan(3);
  for (const term of await terms.all()) {
    // One line: the term's box is one line high.
    const rects = await term.evaluate((element) => element.getClientRects().length);
    expect.soft(rects, await term.innerText()).toBe(1);
  }
  await expect(page.locator('.prose .term', { hasText: 'LMA-kort' }).first()).toHaveCSS('white-space', 'nowrap');
  await expect(page.locator('h1 .term')).toHaveText(/LMA-kort/);
});

test('the root chooser fits one phone screen with every language, its Swedish and English names and the emergency numbers', async ({ page }) => {
  await page.goto(rootPages.chooser);
  for (const language of languages) {
    const link = page.locator(`.chooser-list a[hreflang="${language.hreflang}"]`);
    const { y, height, width } = await box(link);
    expect.soft(y + height, `${language.code} is below the first screen`).toBeLessThanOrEqual(phone.height);
    expect.soft(height, `${language.code} height`).toBeGreaterThanOrEqual(44);
    expect.soft(width, `${language.code} width`).toBeGreaterThanOrEqual(44);
    await expect.soft(link.locator('.chooser-name [lang="sv"]')).toHaveText(languageName(language.code, 'sv'));
    await expect.soft(link.locator('.chooser-name [lang="en"]')).toHaveText(languageName(language.code, 'en'));
  }
  for (const number of ['112', '1177', '11414']) {
    const { y, height } = await box(page.locator(`.emergency a[href="tel:${number}"]`));
    expect.soft(y + height).toBeLessThanOrEqual(phone.height);
  }
  await expect(page.locator('.chooser-list a[hreflang="ckb"] .endonym')).toContainText('سۆرانی');
  expect(await noSidewaysScroll(page)).toBe(true);
});

test('each home page leads with the entrances its readers need first, from the registry', async ({ page }) => {
  for (const lang of languageCodes) {
    await page.goto(generatedPageUrl(lang, 'home'));
    const hrefs = await page.locator('.page-list-cards li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const first = homeEntrancesFirst[lang].map((id) => pageUrl(lang, id));
    expect(hrefs.slice(0, first.length), lang).toEqual(first);
  }
  for (const lang of ['uk', 'ru'] as const) {
    await page.goto(generatedPageUrl(lang, 'home'));
    await expect(page.locator('.page-list-cards li > a').first(), lang).toHaveAttribute('href', pageUrl(lang, 'ukraina/index'));
  }
});
