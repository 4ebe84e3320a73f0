/**
 * Issue #13 Musts 6 and 8 at 360 × 740 in every language: a page's date shows a Gregorian form
 * where the everyday calendar differs, and the Listen control appears only where the device
 * has a voice for the text's language (the voice list is stubbed: test browsers have none).
 */
import { expect, test, type Page } from '@playwright/test';
import { getLanguage, gregorianBeside, languageCodes } from '../../src/i18n/languages.ts';
import { pageUrl } from '../../src/site/routes.ts';
import { hasOwnFile } from '../support/content-tree.ts';
import { phone } from '../support/phone.ts';
import { translatorFor as t } from '../support/ui-strings.ts';

test.use({ viewport: phone });

/** A page every language has translated: its date and Listen control are in the reader's language. */
const translatedPage = 'jag-ar-asylsokande/lma-kortet';

/** Replaces the browser's voice list before any page script runs, and records what is spoken. */
async function stubVoices(page: Page, voiceLangs: string[]): Promise<void> {
  await page.addInitScript((langs) => {
    const voices = langs.map((lang) => ({ lang, name: `Test ${lang}`, localService: true, default: false, voiceURI: lang }));
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: Object.assign(new EventTarget(), {
        getVoices: () => voices,
        speak: (utterance: SpeechSynthesisUtterance) => spoken.push(`${utterance.lang}: ${utterance.text}`),
        cancel: () => undefined,
      }),
    });
  }, voiceLangs);
}

for (const lang of languageCodes) {
  const language = getLanguage(lang);

  test(`in ${lang} the date shows the form a letter uses`, async ({ page }) => {
    await page.goto(pageUrl(lang, translatedPage));
    const time = page.locator('.updated time');
    const iso = (await time.getAttribute('datetime'))!;
    const shown = await time.innerText();
    const beside = gregorianBeside[lang];
    if (beside === 'numeric') expect(shown).toContain(iso);
    if (beside === 'long') {
      const gregorianYear = new Intl.NumberFormat(language.intlLocale, { useGrouping: false }).format(Number(iso.slice(0, 4)));
      expect(shown, 'the Gregorian year beside the everyday one').toContain(gregorianYear);
    }
    if (language.dir === 'rtl') expect(shown, 'no Latin letters in a right-to-left date').not.toMatch(/[A-Za-z]/);
  });

  test(`in ${lang} Listen appears only with a voice for the language, and reads the text`, async ({ page }) => {
    expect(hasOwnFile(lang, translatedPage)).toBe(true);
    await stubVoices(page, ['xx-YY', language.htmlLang === 'fa-AF' ? 'fa-IR' : 'fa-AF']);
    await page.goto(pageUrl(lang, translatedPage));
    await expect(page.locator('listen-aloud')).toBeHidden();

    await stubVoices(page, [language.htmlLang.includes('-') ? language.htmlLang : `${language.htmlLang}-XX`]);
    await page.goto(pageUrl(lang, translatedPage));
    const button = page.locator('listen-aloud button');
    await expect(button).toBeVisible();
    await expect(button).toHaveText(t(lang)('listen.play'));
    const { width, height } = (await button.boundingBox())!;
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken.length).toBeGreaterThan(3);
    expect(spoken[0]).toContain(await page.locator('h1').innerText());
  });
}

test('without JavaScript there is no Listen control and the page reads as before', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
  const page = await context.newPage();
  await page.goto(pageUrl('sv', translatedPage));
  await expect(page.locator('listen-aloud')).toBeHidden();
  await expect(page.locator('article .prose p').first()).toBeVisible();
  await context.close();
});
