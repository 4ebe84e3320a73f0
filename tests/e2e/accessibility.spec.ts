/**
 * axe-core with WCAG 2.0, 2.1 and 2.2 A/AA rules on every built page in every language, the
 * language chooser and the 404 page included. No exceptions are configured: any violation fails.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { notFoundPages } from '../../src/hosting/policy.ts';
import { pagesByLanguage } from './site-pages.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page, pathname: string): Promise<string[]> {
  await page.goto(pathname);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((violation) => `${pathname}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const [lang, paths] of pagesByLanguage()) {
  test(`every page in ${lang} has no axe violations`, async ({ page }) => {
    test.setTimeout(600_000);
    const violations: string[] = [];
    for (const pathname of paths) violations.push(...(await axeViolations(page, pathname)));
    expect(violations).toEqual([]);
  });
}

test('the language chooser and the 404 pages have no axe violations', async ({ page }) => {
  test.setTimeout(600_000);
  const violations: string[] = [];
  for (const pathname of ['/', ...notFoundPages]) violations.push(...(await axeViolations(page, pathname)));
  expect(violations).toEqual([]);
});
