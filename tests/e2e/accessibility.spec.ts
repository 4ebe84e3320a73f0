/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page template in all 11 languages: the home,
 * a section, a translated content page, a fallback page where one exists, the glossary and
 * the search page; plus the language chooser and the 404 page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { languageCodes, sourceLanguage } from '../../src/i18n/languages.ts';
import { hasOwnFile } from './content-files.ts';
import { pagesByLanguage } from './site-pages.ts';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, pathname: string): Promise<void> {
  await page.goto(pathname);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `${pathname} has accessibility violations`).toEqual([]);
}

const byLanguage = pagesByLanguage();

function firstFallback(lang: string): string | undefined {
  if (lang === sourceLanguage) return undefined;
  return byLanguage.get(lang)?.find((pathname) => {
    const slug = pathname.split('/').slice(2, -1).join('/');
    if (slug === '' || slug === 'sok' || slug.startsWith('om-webbplatsen/oversattningsstatus')) return false;
    return !hasOwnFile(lang, slug);
  });
}

for (const lang of languageCodes) {
  test(`page templates in ${lang} have no axe violations`, async ({ page }) => {
    const templates = [
      `/${lang}/`,
      `/${lang}/jag-ar-asylsokande/`,
      `/${lang}/jag-ar-asylsokande/lma-kortet/`,
      `/${lang}/mer-om-sverige/viktiga-ord/`,
      `/${lang}/sok/`,
      `/${lang}/om-webbplatsen/oversattningsstatus/`,
      firstFallback(lang),
    ].filter((pathname): pathname is string => pathname !== undefined && (byLanguage.get(lang) ?? []).includes(pathname));
    expect(templates.length).toBeGreaterThanOrEqual(4);
    for (const pathname of templates) await expectNoAxeViolations(page, pathname);
  });
}

test('the language chooser and the 404 page have no axe violations', async ({ page }) => {
  await expectNoAxeViolations(page, '/');
  await expectNoAxeViolations(page, '/404.html');
});
