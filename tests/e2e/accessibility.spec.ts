/**
 * axe-core with WCAG 2.0, 2.1 and 2.2 A/AA rules, no exceptions configured: any violation
 * fails. It runs on every page in Swedish (the source) and Arabic (right to left, Arabic
 * script), and on one page of each template in every other language (home, section, content
 * page, fallback, glossary, search, status, 404), plus the root chooser and the root 404 page. Templates
 * share their markup across languages, so this covers every language's strings and direction
 * while the full sweep stays at two languages as the site grows. The cheap checks of every
 * page in every language are in pages, fallbacks and validity.
 */
import { expect, test, type Page } from '@playwright/test';
import { languageCodes, type LanguageCode } from '../../src/i18n/languages.ts';
import { violationsOfPages } from '../support/axe.ts';
import { chunks, pagesByLanguage, rootPagePaths, templatePages } from '../support/built-site.ts';

/** Every page of these languages is checked. */
const sweptLanguages: readonly LanguageCode[] = ['sv', 'ar'];

async function expectNoViolations(page: Page, paths: readonly string[]): Promise<void> {
  expect(await violationsOfPages(page, paths)).toEqual([]);
}

for (const lang of sweptLanguages) {
  // In parts of 10 pages, so both workers share a language's sweep and a part stays well within
  // its time on a busy machine (25 pages took over 10 minutes at a load of 24 on 2 cores).
  for (const [index, paths] of chunks(pagesByLanguage().get(lang) ?? [], 10).entries()) {
    test(`every page in ${lang} has no axe violations (part ${index + 1})`, async ({ page }) => {
      test.setTimeout(600_000);
      await expectNoViolations(page, paths);
    });
  }
}

for (const lang of languageCodes.filter((code) => !sweptLanguages.includes(code))) {
  const templates = templatePages(lang);
  test(`each template in ${lang} has no axe violations (${templates.map((template) => template.template).join(', ')})`, async ({ page }) => {
    test.setTimeout(300_000);
    await expectNoViolations(page, templates.map((template) => template.pathname));
  });
}

test('the language chooser and the 404 page have no axe violations', async ({ page }) => {
  await expectNoViolations(page, rootPagePaths);
});
