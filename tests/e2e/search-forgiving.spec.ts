/**
 * Search that forgives how readers type (issue #11): several words where one is not on the
 * page, keyboard variants of Arabic-script letters, Persian digits, å/ä/ö on non-Latin sites;
 * clean excerpts with the section named; and Pagefind loaded once, early, on a slow phone.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { resultPaths } from '../../tools/search-probe.ts';
import { pageIdsIn, readPage } from '../support/content-tree.ts';

async function paths(page: Page, baseURL: string | undefined, lang: string, query: string): Promise<string[]> {
  return resultPaths(page, baseURL!, lang, query);
}

test('a query with a word the page lacks still finds it, above pages matching fewer words', async ({ page, baseURL }) => {
  const found = await paths(page, baseURL, 'en', 'lost my LMA card yesterday');
  expect(found[0]).toBe('/en/jag-ar-asylsokande/lma-kortet/');
  const dari = await paths(page, baseURL, 'prs', 'جواب رد گرفتم');
  expect(dari.length, 'never empty when one meaningful word finds a page').toBeGreaterThan(0);
});

test('a nonsense word next to a real one never empties the list', async ({ page, baseURL }) => {
  expect((await paths(page, baseURL, 'ru', 'пособие зщшгнек')).length).toBeGreaterThan(0);
  expect((await paths(page, baseURL, 'ti', 'ዱብሊን qqqxz')).slice(0, 3)).toContain('/ti/jag-ar-asylsokande/dublin/');
});

test('Arabic-script letters typed on another keyboard find the same pages', async ({ page, baseURL }) => {
  // Persian reader on an Arabic keyboard: ك and ي instead of ک and ی.
  expect(await paths(page, baseURL, 'fa', 'ماليات')).toEqual(await paths(page, baseURL, 'fa', 'مالیات'));
  // Arabic reader typing ه for ة, and with tatweel.
  const plain = await paths(page, baseURL, 'ar', 'الحماية المؤقتة');
  expect(plain.length).toBeGreaterThan(0);
  expect(await paths(page, baseURL, 'ar', 'الحمايـة المؤقته')).toEqual(plain);
  // Sorani typed with ه for ە.
  expect((await paths(page, baseURL, 'ckb', 'ده‌بلن')).slice(0, 3)).toContain('/ckb/jag-ar-asylsokande/dublin/');
});

test('Persian digits find the same pages as 0–9', async ({ page, baseURL }) => {
  const western = await paths(page, baseURL, 'fa', '18');
  expect(western.length).toBeGreaterThan(0);
  expect(await paths(page, baseURL, 'fa', '۱۸')).toEqual(western);
});

test('å, ä and ö typed on a non-Latin site find what the plain letters find', async ({ page, baseURL }) => {
  for (const lang of ['ar', 'ti', 'ckb']) {
    const withRings = await paths(page, baseURL, lang, 'folkbokföring');
    expect(withRings.length, lang).toBeGreaterThan(0);
    expect(withRings, lang).toEqual(await paths(page, baseURL, lang, 'folkbokforing'));
  }
});

test('excerpts show page text, never the keyword list, and each result names its section', async ({ page, baseURL }) => {
  await paths(page, baseURL, 'sv', 'lma');
  const excerpts = await page.locator('site-search > .search-results li p').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).not.toContain(' · ');
  const first = page.locator('site-search > .search-results li').filter({ has: page.locator('a[href="/sv/jag-ar-asylsokande/lma-kortet/"]') });
  await expect(first.locator('.search-section')).toHaveText('Jag är asylsökande');
});

test('on a slow phone what a first search needs is fetched while the page loads, and no file twice', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) fetched.push(request.url());
  });
  await page.goto('/ar/sok/');
  // The search page's preload hints: Pagefind's script, its entry, the Arabic metadata and wasm,
  // before the reader has touched anything.
  for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json?ts=', '/pagefind/pagefind.ar_', '/pagefind/wasm.ar.pagefind']) {
    expect(fetched.some((url) => url.includes(file)), file).toBe(true);
  }
  await page.getByRole('searchbox').focus();
  await page.getByRole('searchbox').fill('دكتور');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('site-search > .search-results li').first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const repeated = fetched.filter((url, index) => fetched.indexOf(url) !== index);
  expect(repeated, 'files fetched twice').toEqual([]);
});

test('a search that finds nothing anywhere says so and offers the glossary and the sections', async ({ page, baseURL }) => {
  await paths(page, baseURL, 'so', 'xqzvwk');
  await expect(page.locator('.search-status')).toContainText('xqzvwk');
  const help = page.locator('.search-help');
  await expect(help).toBeVisible();
  await expect(help.locator('a[href="/so/mer-om-sverige/viktiga-ord/"]')).toBeVisible();
  await expect(help.locator('a[href="/so/jag-ar-asylsokande/"]')).toBeVisible();
  await expect(page.locator('.emergency')).toBeVisible();
});

test('results from another language are labelled in the reader’s language, and only the searched language is named', async ({ page, baseURL }) => {
  const english = JSON.parse(readFileSync('src/i18n/strings/en.json', 'utf8')) as Record<string, string>;
  // Only Swedish is searched for an English reader: a word of the Swedish pages no English page has.
  const englishText = pageIdsIn('en').map((id) => readPage('en', id).toLowerCase()).join('\n');
  const word = pageIdsIn('sv')
    .flatMap((id) => readPage('sv', id).split('\n---\n')[1]!.split(/[^\p{L}]+/u))
    .find((candidate) => candidate.length >= 10 && /^[a-z]+$/.test(candidate) && !englishText.includes(candidate))!;
  expect(word, 'a Swedish-only word').toBeTruthy();
  await paths(page, baseURL, 'en', word);
  const other = page.locator('.search-other');
  await expect(other).toBeVisible();
  await expect(other.locator('h2')).toHaveText(english['search.otherSwedish']!);
  await expect(other.locator('.search-language').first()).toHaveText(english['search.inSwedish']!);
  await expect(other.locator('li a').first()).toHaveAttribute('lang', 'sv');
});
