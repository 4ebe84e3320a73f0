/**
 * Honest lists (issue #13): in every language, an untranslated page in a list, card, breadcrumb or
 * table of contents carries "(in Swedish)" in the reader's language and lang="sv" on its Swedish
 * text, translated pages carry neither, and no list mixes directions.
 */
import { expect, test } from '@playwright/test';
import { getLanguage, languageCodes, sourceLanguage } from '../../src/i18n/languages.ts';
import { generatedPageUrl, splitUrlPath } from '../../src/site/routes.ts';
import { isSectionPage } from '../../src/site/tree.ts';
import { translatorFor as t } from '../support/ui-strings.ts';
import { contentSite, hasOwnFile } from '../support/content-tree.ts';
import { phone } from '../support/phone.ts';

test.use({ viewport: phone });

/** What one list item shows, read in a single round trip per page (a list page has dozens). */
interface ListItemFacts {
  href: string;
  /** The "(in Swedish)" markers in the item, with their text (whitespace collapsed). */
  markers: string[];
  /** lang of the link's first span and of the description. */
  titleLang: string | null;
  descriptionLang: string | null;
  /** The side the description's text lines up on: 'left' or 'right'. */
  descriptionSide: string;
}

function listItemFacts(items: Element[]): ListItemFacts[] {
  const sideOf = (node: Element | null) => {
    if (!node) return 'missing';
    const style = getComputedStyle(node);
    const rtl = style.direction === 'rtl';
    if (style.textAlign === 'start') return rtl ? 'right' : 'left';
    if (style.textAlign === 'end') return rtl ? 'left' : 'right';
    return style.textAlign;
  };
  return items.map((item) => ({
    href: item.querySelector('a')?.getAttribute('href') ?? '',
    markers: [...item.querySelectorAll('.in-swedish')].map((marker) => (marker.textContent ?? '').replace(/\s+/g, ' ').trim()),
    titleLang: item.querySelector('a > span')?.getAttribute('lang') ?? null,
    descriptionLang: item.querySelector('p')?.getAttribute('lang') ?? null,
    descriptionSide: sideOf(item.querySelector('p')),
  }));
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
      const items = await page.locator('.page-list > ul > li').evaluateAll(listItemFacts);
      expect(items.length, `${pathname}: list items`).toBeGreaterThan(0);
      for (const item of items) {
        const own = hasOwnFile(lang, splitUrlPath(item.href).slug);
        const where = `${pathname} → ${item.href}`;
        expect.soft(item.markers, where).toEqual(own ? [] : [marker]);
        if (!own) {
          untranslatedSeen += 1;
          expect.soft(item.titleLang, where).toBe('sv');
          expect.soft(item.descriptionLang, where).toBe('sv');
        }
        expect.soft(item.descriptionSide, `${where}: description aligned against the list`).toBe(side);
      }
    }
    test.info().annotations.push({ type: 'untranslated items', description: String(untranslatedSeen) });
  });
}

// A fallback page's table of contents and breadcrumb: tests/integration/build.test.ts checks them on a
// fixture site, since every page of the real content is translated today.
