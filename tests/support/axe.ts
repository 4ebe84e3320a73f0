/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A/AA) run straight in the page under test: the same rules and
 * the same results as @axe-core/playwright's AxeBuilder, at a fraction of its cost.
 *
 * Why not AxeBuilder: its default mode runs `axe.runPartial` in the page and then opens a new
 * blank page in the context, injects the 500 KB axe source there a second time and runs
 * `axe.finishRun` in it, for every page checked. Measured with one worker on this 2-core machine
 * (14 pages: 6 Swedish pages and every English template), that took 6.5–50 s per page against
 * 0.8–12.8 s for `axe.run` in the page itself. The blank page exists only to merge results from
 * cross-origin iframes, which this site has none of (no third-party content, by policy); frames
 * the page does have still get axe injected, as AxeBuilder's own legacy mode does, so `axe.run`
 * checks them too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext, Result } from 'axe-core';

/** Every WCAG A and AA rule of the versions the site claims (no exceptions configured). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The minified build of the very axe-core copy that @axe-core/playwright depends on and injects.
const axeBuilderEntry = createRequire(import.meta.url).resolve('@axe-core/playwright');
const axeSource = readFileSync(createRequire(axeBuilderEntry).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the page as it is now (after `page.goto` or a click), on the whole document or only
 * on the part `include` selects. Injects axe into each frame that lacks it: a navigation
 * clears it, and a page that stays where it is keeps it for the next run.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeResults> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object')) continue;
    await frame.evaluate(axeSource);
    await frame.evaluate(() => (window as unknown as { axe: typeof import('axe-core') }).axe.configure({ allowedOrigins: ['<same_origin>'] }));
  }
  return page.evaluate(
    ({ include, tags }) => {
      const context: ElementContext = include ? { include: [[include]] } : document;
      return (window as unknown as { axe: typeof import('axe-core') }).axe.run(context, { runOnly: { type: 'tag', values: tags } });
    },
    { include, tags: wcagTags },
  );
}

/** One line per violation: where, which rule, how bad, and the first elements it found. */
export function describeViolations(where: string, violations: readonly Result[]): string[] {
  return violations.map((violation) => `${where}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Opens each path in turn and collects every violation, so one run names every page that fails. */
export async function violationsOfPages(page: Page, paths: readonly string[]): Promise<string[]> {
  const violations: string[] = [];
  for (const pathname of paths) {
    await page.goto(pathname);
    violations.push(...describeViolations(pathname, (await runAxe(page)).violations));
  }
  return violations;
}
