/**
 * Quality gates over the built site: valid HTML, links and assets that resolve, a weight
 * budget per page, privacy in the browser, keyboard order and visible focus, and phone-width
 * screenshots in Latin, Arabic and Ethiopic script with real glyphs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { isContentPagePath } from '../../tools/dist.ts';
import { measurePage, offlineControlBudget, pageWeightBudget } from '../../tools/dist.ts';
import { builtPagePaths, distDir } from './site-pages.ts';

const pages = builtPagePaths();
const htmlFileOf = (pathname: string) => path.join(distDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const pathname of [...pages, '/404.html']) {
    const report = await validator.validateFile(htmlFileOf(pathname));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${pathname}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every internal link and asset resolves, and external links are https', () => {
  const problems: string[] = [];
  const checked = new Map<string, boolean>();
  for (const pathname of [...pages, '/404.html']) {
    const html = readFileSync(htmlFileOf(pathname), 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const reference = match[1]!.replace(/&amp;/g, '&');
      if (/^(tel|mailto):/.test(reference) || reference.startsWith('#')) continue;
      if (/^[a-z]+:/i.test(reference) || reference.startsWith('//')) {
        let url: URL | undefined;
        try {
          url = new URL(reference);
        } catch {
          url = undefined;
        }
        if (!url || url.protocol !== 'https:' || !url.hostname.includes('.')) problems.push(`${pathname}: external link is not a well-formed https address: ${reference}`);
        continue;
      }
      const target = new URL(reference, `http://site${pathname}`).pathname;
      if (!checked.has(target)) {
        const file = path.join(distDir, decodeURIComponent(target));
        checked.set(target, target.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file));
      }
      if (!checked.get(target)) problems.push(`${pathname}: ${reference} does not resolve`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked.size).toBeGreaterThan(100);
});

test(`a content page weighs at most ${pageWeightBudget / 1024} KB compressed (HTML + CSS) and ships no JavaScript but the offline control`, async ({}, testInfo) => {
  const weights = pages.filter(isContentPagePath).map((pathname) => measurePage(distDir, pathname)).sort((a, b) => b.compressedBytes - a.compressedBytes);
  const heaviest = weights.slice(0, 5).map((weight) => `${weight.pathname}: ${(weight.compressedBytes / 1024).toFixed(1)} KB`);
  testInfo.annotations.push({ type: 'heaviest pages', description: heaviest.join('; ') });
  console.log(`Heaviest content pages (HTML + CSS, gzip): \n  ${heaviest.join('\n  ')}`);
  expect(weights.filter((weight) => weight.otherScripts.length > 0).map((weight) => `${weight.pathname}: ${weight.otherScripts.join(', ')}`), 'content pages with JavaScript other than the offline control').toEqual([]);
  // The offline control is small and loads nothing more until the reader taps save.
  expect(Math.max(...weights.map((weight) => weight.jsGzipBytes)), 'offline control script, gzip').toBeLessThanOrEqual(offlineControlBudget);
  expect(weights.filter((weight) => weight.compressedBytes > pageWeightBudget).map((weight) => `${weight.pathname}: ${weight.compressedBytes} bytes`), `over budget (heaviest: ${heaviest.join(', ')})`).toEqual([]);
});

async function recordForeignRequests(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  return foreign;
}

test('no request leaves the site and no cookie is set while reading, searching and using controls', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign = await recordForeignRequests(page, origin);
  await page.goto('/');
  await page.locator('.chooser-list a[href="/sv/"]').click();
  for (const pathname of ['/ar/jag-ar-asylsokande/lma-kortet/', '/ti/om-sverige/', '/uk/ukraina/tillfalligt-skydd/', '/prs/jag-ar-asylsokande/dublin/']) {
    await page.goto(pathname);
    await page.locator('.language-picker summary').click();
    await expect(page.locator('.language-list')).toBeVisible();
  }
  await page.goto('/ar/sok/?q=Migrationsverket');
  await expect(page.locator('.search-status')).toHaveText(/\d/);
  await page.getByRole('searchbox').fill('Dublinförordningen');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('.search-status')).not.toHaveText(/…/);
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('every page declares a Content-Security-Policy without unsafe-inline scripts', () => {
  for (const pathname of [...pages, '/404.html']) {
    const html = readFileSync(htmlFileOf(pathname), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, `${pathname} has no CSP`).toBeTruthy();
    const scriptSources = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
    expect(scriptSources, pathname).not.toContain("'unsafe-inline'");
    expect(scriptSources, pathname).not.toContain('*');
    expect(html, `${pathname} has an inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  }
});

async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && box.width > 0 && box.height > 0;
  });
}

for (const lang of ['sv', 'ar'] as const) {
  test(`a keyboard walk in ${lang} reaches skip link, picker, search and navigation in order, with visible focus`, async ({ page }) => {
    await page.goto(`/${lang}/jag-ar-asylsokande/lma-kortet/`);
    const stops: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      expect(await focusVisible(page), `focus is visible at stop ${step + 1}`).toBe(true);
      stops.push(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return element.className || element.tagName.toLowerCase() + (element.getAttribute('href') ?? '');
      }));
    }
    expect(stops[0]).toBe('skip-link');
    expect(stops[1]).toBe('site-name');
    expect(stops[2]).toBe('search-link');
    expect(stops[3]).toBe('summary');
    expect(stops.slice(4)).toContain(`a/${lang}/akut-hjalp/`);
    // The skip link takes keyboard users past the header to the main content.
    await page.keyboard.press('Shift+Tab');
    await page.goto(`/${lang}/jag-ar-asylsokande/lma-kortet/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const firstInMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(firstInMain, 'after the skip link, Tab continues inside main').toBe(true);
    // The language picker opens from the keyboard and its links are reachable.
    await page.locator('.language-picker summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.locator('.language-list a').first()).toBeFocused();
    // The search page's field is reachable and usable by keyboard.
    await page.goto(`/${lang}/sok/`);
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('LMA');
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-status')).toHaveText(/\d/);
  });
}

const scriptSamples = [
  { lang: 'sv', text: 'Migrationsverket', font: /./ },
  { lang: 'ar', text: 'مصلحة', font: /Arabic|Naskh|Kufi|Tahoma|Geeza|Segoe/i },
  { lang: 'ti', text: 'ካርድ', font: /Ethiopic|Abyssinica|Nyala|Kefa|Ebrima/i },
];

for (const sample of scriptSamples) {
  test(`phone-width screenshot in ${sample.lang} renders real glyphs`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/${sample.lang}/jag-ar-asylsokande/lma-kortet/`);
    // Ask the browser which installed font drew the heading: a real font, not boxes.
    const client = await page.context().newCDPSession(page);
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'article h1' });
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    const families = fonts.map((font) => font.familyName);
    testInfo.annotations.push({ type: 'fonts', description: families.join(', ') });
    expect(families.some((family) => sample.font.test(family)), `fonts used: ${families.join(', ')}`).toBe(true);
    const screenshot = await page.screenshot({ fullPage: false });
    await testInfo.attach(`${sample.lang}-phone.png`, { body: screenshot, contentType: 'image/png' });
    await page.screenshot({ path: path.join('test-results', 'screenshots', `${sample.lang}-phone.png`) });
  });
}
