/**
 * Saving one section (issue #15): a guide is offered in sections only when it is large, so a
 * fixture site gets three synthetic Swedish sections of long pages (tools/synthetic-content.ts)
 * and is built into its own folder. A reader saves one section, goes offline, reads its pages,
 * and gets the offline page (listing only what is saved) for a page of another section.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listContentFiles } from '../../src/checks/content-tree-fs.ts';
import { filesOfPart, largeGuideBytes } from '../../src/offline/guide-manifest.ts';
import { syntheticSite, vocabularyOf } from '../../tools/synthetic-content.ts';
import { runAxe } from '../support/axe.ts';
import { FixtureSite } from './offline-fixture.ts';

const site = new FixtureSite(4000 + (process.pid % 1000) + 450);
const sv = JSON.parse(readFileSync(path.resolve('src/i18n/strings/sv.json'), 'utf8')) as Record<string, string>;
const savedSection = 'avsnitt-002';
const otherSection = 'avsnitt-003';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(400_000);
  const realContent = path.resolve('content');
  const swedish = listContentFiles(realContent).filter((file) => file.startsWith('sv/')).map((file) => readFileSync(path.join(realContent, file), 'utf8')).join('\n');
  // 30 pages of 8000 words in Swedish only (the other languages get fallback pages): a guide of about 2 MB.
  site.addContent(syntheticSite({ sv: vocabularyOf(swedish) }, 'sv', { pagesPerLanguage: 30, pagesPerSection: 10, missingShare: 0, wordsPerPage: 8000 }));
  site.build();
  await site.serve();
});

test.afterAll(async () => {
  await site.close();
});

test('a reader saves one section of a large guide, reads it offline, and sees the offline page outside it', async ({ page, context }) => {
  test.setTimeout(400_000);
  const guide = site.guide('sv');
  expect(guide.transferBytes, 'the fixture guide is large enough to offer sections').toBeGreaterThan(largeGuideBytes);
  const section = guide.sections.find((candidate) => candidate.id === savedSection)!;
  expect(section.transferBytes).toBeLessThan(guide.transferBytes);

  await page.goto(`${site.origin}/sv/`);
  const region = page.getByRole('region', { name: sv['offline.title']! });
  await region.getByText(sv['offline.chooseSection']!).click();
  const select = region.getByLabel(sv['offline.sectionLabel']!);
  await expect(select.locator('option')).toHaveCount(guide.sections.length);
  // Each section is offered with its title and size.
  await expect(select.locator(`option[value="${savedSection}"]`)).toContainText(section.title);
  await select.selectOption(savedSection);
  await region.getByRole('button', { name: sv['offline.saveSection']! }).click();
  await expect(region.getByRole('button', { name: sv['offline.remove']! })).toBeVisible({ timeout: 150_000 });
  await expect(region.getByRole('status')).toContainText(sv['offline.sectionSavedOn']!.split('{{')[0]!);
  await expect(region.getByRole('status')).toContainText(section.title);
  // The whole guide can still be saved on top of the section.
  await expect(region.getByRole('button', { name: sv['offline.saveWhole']!, exact: true })).toBeVisible();

  // The cache holds the section and what every part needs, nothing of the other sections.
  const cached = await page.evaluate(async () => (await (await caches.open('guide-sv')).keys()).map((request) => new URL(request.url).pathname));
  const expected = filesOfPart(guide, savedSection).map((file) => file.url);
  expect(cached.filter((url) => !url.startsWith('/offline-files/')).sort()).toEqual([...expected].sort());
  expect(cached.some((url) => url.startsWith(`/sv/${otherSection}/`))).toBe(false);

  const axe = await runAxe(page, 'main offline-guide');
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await context.setOffline(true);
  const sectionPages = guide.files.filter((file) => file.section === savedSection && file.url.endsWith('/')).map((file) => file.url);
  expect(sectionPages.length).toBe(10);
  for (const pathname of [...sectionPages, '/sv/']) {
    const response = await page.goto(`${site.origin}${pathname}`);
    expect(response?.ok(), pathname).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(sv['offlinePage.title']!);
  }

  // Another section's page is not saved: the offline page, which links only to what is saved.
  await page.goto(`${site.origin}/sv/${otherSection}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv['offlinePage.title']!);
  await expect(page.locator(`.offline-saved a[href="/sv/${savedSection}/"]`)).toBeVisible();
  await expect(page.locator(`.offline-saved a[href="/sv/${otherSection}/"]`)).toBeHidden();

  await context.setOffline(false);
  await page.goto(`${site.origin}/sv/`);
  await region.getByRole('button', { name: sv['offline.remove']! }).click();
  await expect(region.getByRole('status')).toHaveText(sv['offline.removed']!);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
});
