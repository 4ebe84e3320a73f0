/**
 * Privacy and security as the browser sees them: nothing leaves the site and no cookie is set
 * while reading, searching and using the controls, and every page forbids inline scripts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, htmlFileOf } from '../support/built-site.ts';
import { search } from '../support/search.ts';

test('no request leaves the site and no cookie is set while reading, searching and using controls', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  await page.goto('/');
  await page.locator('.chooser-list a[href="/sv/"]').click();
  for (const pathname of ['/ar/jag-ar-asylsokande/lma-kortet/', '/ti/om-sverige/', '/uk/ukraina/tillfalligt-skydd/', '/prs/jag-ar-asylsokande/dublin/']) {
    await page.goto(pathname);
    await page.locator('.language-picker summary').click();
    await expect(page.locator('.language-list')).toBeVisible();
  }
  await search(page, 'ar', 'Migrationsverket');
  await search(page, 'ar', 'Dublinförordningen');
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('every page declares a Content-Security-Policy without unsafe-inline scripts', () => {
  for (const pathname of builtPages()) {
    const html = readFileSync(htmlFileOf(pathname), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, `${pathname} has no CSP`).toBeTruthy();
    const scriptSources = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
    expect(scriptSources, pathname).not.toContain("'unsafe-inline'");
    expect(scriptSources, pathname).not.toContain('*');
    expect(html, `${pathname} has an inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  }
});
