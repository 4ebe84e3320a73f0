/**
 * Reading offline (issue #15): the web app manifest of every language, saving a language's
 * guide with progress shown, reading and searching it with the network off, the offline page
 * for what is not saved, removing it, and that a reader who never saves (or has JavaScript off)
 * gets nothing extra. Service workers are allowed (Playwright's default).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getLanguage, languageCodes, secondLanguages, type LanguageCode } from '../../src/i18n/languages.ts';
import { formatBytes } from '../../src/offline/format.ts';
import type { GuideManifest } from '../../src/offline/guide-manifest.ts';
import { runAxe } from '../support/axe.ts';
import { distDir } from '../support/built-site.ts';
import { pageIdsIn, readPage } from '../support/content-tree.ts';
import { search } from '../support/search.ts';

const strings = (lang: string) => JSON.parse(readFileSync(path.resolve(`src/i18n/strings/${lang}.json`), 'utf8')) as Record<string, string>;
const guideOf = (lang: string) => JSON.parse(readFileSync(path.join(distDir, 'offline-files', `${lang}.json`), 'utf8')) as GuideManifest;

function control(page: Page, lang: string) {
  return page.getByRole('region', { name: strings(lang)['offline.title']! });
}

/** Every text the control's status line shows, in order, however fast the save runs. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStatus: string[] }).seenStatus = seen;
    const status = document.querySelector('main offline-guide [data-part="status"]')!;
    const progress = document.querySelector<HTMLProgressElement>('main offline-guide [data-part="progress"]')!;
    new MutationObserver(() => seen.push(`${status.textContent} [progress ${progress.hidden ? 'hidden' : `${progress.value}/${progress.max}`}]`)).observe(status, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
}

/** Long words of the Swedish or English pages (whichever the reader's search falls back to) that the reader's own pages lack. */
function otherLanguageWords(lang: LanguageCode): string[] {
  const own = pageIdsIn(lang).map((id) => readPage(lang, id).toLowerCase()).join('\n');
  const words = secondLanguages
    .filter((code) => code !== lang)
    .flatMap((code) => pageIdsIn(code).flatMap((id) => readPage(code, id).split('\n---\n')[1]!.split(/[^\p{L}]+/u)))
    // ASCII letters only: folded å/ä/ö could meet the reader's pages quoting Swedish words.
    .filter((word) => word.length >= 9 && /^[a-z]+$/i.test(word) && !own.includes(word.toLowerCase()));
  return [...new Set(words)];
}

/** What the search says offline when the indexes it falls back to are not saved. */
function needsConnectionText(lang: LanguageCode): string {
  const others = secondLanguages.filter((code) => code !== lang);
  if (others.length > 1) return strings(lang)['search.otherNeedConnection']!;
  return strings(lang)[others[0] === 'en' ? 'search.englishNeedsConnection' : 'search.swedishNeedsConnection']!;
}

async function saveGuide(page: Page, lang: string): Promise<string[]> {
  await page.goto(`/${lang}/`);
  const region = control(page, lang);
  await expect(region).toBeVisible();
  const seen = await recordStatus(page);
  await region.getByRole('button', { name: strings(lang)['offline.save']!, exact: true }).click();
  // Saving about 600 KB takes a second alone; on a shared 2-core machine it can take a minute or two.
  await expect(region.getByRole('button', { name: strings(lang)['offline.remove']! })).toBeVisible({ timeout: 150_000 });
  return seen();
}

test.describe('installing the guide', () => {
  test('every language has a web app manifest in its language, linked from its pages', async ({ page, request }) => {
    for (const lang of languageCodes) {
      const language = getLanguage(lang);
      await page.goto(`/${lang}/om-sverige/`);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe(`/${lang}/manifest.webmanifest`);
      const response = await request.get(href!);
      expect(response.headers()['content-type']).toContain('application/manifest+json');
      const manifest = await response.json();
      expect(manifest).toMatchObject({ name: strings(lang)['site.name'], lang: language.htmlLang, dir: language.dir, start_url: `/${lang}/`, scope: `/${lang}/`, display: 'standalone' });
      expect(manifest.short_name.length).toBeGreaterThan(0);
      expect(manifest.description).toBe(strings(lang)['site.tagline']);
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      for (const size of ['192x192', '512x512']) {
        const icon = manifest.icons.find((candidate: { sizes: string; type: string }) => candidate.sizes === size && candidate.type === 'image/png');
        const png = await (await request.get(icon.src)).body();
        expect(png.readUInt32BE(16), `${icon.src} width`).toBe(Number(size.split('x')[0]));
      }
      expect(manifest.icons.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(true);
    }
    // Browsers read both theme colours from the page.
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  });
});

test.describe('a reader who does not save', () => {
  test('downloads nothing extra and registers no service worker', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const pathname of ['/sv/', '/ar/om-sverige/', '/ti/jag-ar-asylsokande/lma-kortet/']) {
      await page.goto(pathname);
      await expect(control(page, pathname.split('/')[1]!)).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    expect(requested.filter((pathname) => pathname.startsWith('/offline-files/') || pathname === '/sw.js' || pathname.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
  });

  test('with JavaScript off sees no control and the same page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sv/');
    await expect(page.locator('offline-guide')).toHaveCount(1);
    await expect(page.locator('offline-guide')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/ar/om-sverige/');
    await expect(page.locator('offline-guide')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.close();
  });
});

for (const lang of ['sv', 'ar', 'ti'] as const satisfies readonly LanguageCode[]) {
  test(`saving the ${lang} guide shows its size and progress, then it reads and searches offline`, async ({ page, context }) => {
    test.setTimeout(300_000);
    const guide = guideOf(lang);
    const t = strings(lang);
    // The guide lists the 404 page where hosts serve it: the hosting step moved it before the offline step listed files.
    expect(guide.files.map((file) => file.url)).toContain(`/${lang}/404.html`);
    expect(guide.files.map((file) => file.url)).not.toContain(`/${lang}/404/`);
    await page.goto(`/${lang}/`);
    // The size the build measured, written the reader's way (Intl at build time, as the pages'
    // dates are: the browser's first use of Intl cost a page about 45 ms), before anything is downloaded.
    const region = control(page, lang);
    const shownBytes = Number(await page.locator('main offline-guide').getAttribute('data-guide-bytes'));
    expect(Math.abs(shownBytes - guide.transferBytes) / guide.transferBytes).toBeLessThan(0.01);
    const expectedSize = formatBytes(shownBytes, getLanguage(lang).intlLocale);
    await expect(region.locator('[data-part="size"]')).toContainText(expectedSize);

    const seen = await saveGuide(page, lang);
    const savingPrefix = t['offline.saving']!.split('{{')[0]!;
    expect(seen.some((text) => text.startsWith(savingPrefix) && /progress \d+\/\d+/.test(text)), `progress while saving: ${seen.join(' | ')}`).toBe(true);
    const savedPrefix = t['offline.savedOn']!.split('{{')[0]!;
    await expect(control(page, lang).getByRole('status')).toContainText(savedPrefix);
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), `guide-${lang}`);
    for (const file of guide.files) expect(cached, file.url).toContain(file.url);

    const axe = await runAxe(page, 'main offline-guide');
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await context.setOffline(true);
    const pages = guide.files.map((file) => file.url).filter((url) => url.startsWith(`/${lang}/`) && url.endsWith('/') && !url.includes('/offline/'));
    // Ten pages spread over the guide, however many it has.
    const sample = [...new Set(Array.from({ length: 10 }, (_, index) => pages[Math.floor((index * pages.length) / 10)]!))];
    expect(sample.length).toBe(10);
    for (const pathname of sample) {
      const response = await page.goto(pathname);
      expect(response?.ok(), pathname).toBe(true);
      await expect(page.locator('html')).toHaveAttribute('lang', getLanguage(lang).htmlLang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe(strings(lang)['offlinePage.title']);
    }

    // The language's search, with the network off.
    await page.goto(`/${lang}/sok/`);
    await page.getByRole('searchbox').fill('LMA');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.locator('site-search > .search-results li').first()).toBeVisible({ timeout: 30_000 });

    // A word only the Swedish or English pages hold: their indexes are not saved with this guide,
    // so the search says they need a connection (and offers the sections) instead of hanging.
    let otherOnly = '';
    for (const candidate of otherLanguageWords(lang).slice(0, 5)) {
      await search(page, lang, candidate);
      if ((await page.locator('site-search > .search-results li').count()) === 0) {
        otherOnly = candidate;
        break;
      }
    }
    expect(otherOnly, 'a word the reader’s own index does not find').toBeTruthy();
    await expect(page.locator('.search-status')).toContainText(t['search.noResults']!.split('{{')[0]!);
    await expect(page.locator('.search-status')).toContainText(needsConnectionText(lang));
    await expect(page.locator('.search-help')).toBeVisible();

    // A page that is not saved: the offline page in the reader's language, with the emergency numbers.
    const unsaved = lang === 'sv' ? '/en/om-sverige/' : '/sv/om-sverige/';
    await page.goto(unsaved);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings(lang)['offlinePage.title']!);
    await expect(page.locator('html')).toHaveAttribute('lang', getLanguage(lang).htmlLang);
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: strings(lang)['search.title']!, exact: true }).last()).toBeVisible();
    const offlineAxe = await runAxe(page);
    expect(offlineAxe.violations.map((violation) => violation.id)).toEqual([]);

    // Back online, the reader removes the guide: nothing is left behind.
    await context.setOffline(false);
    await page.goto(`/${lang}/`);
    await control(page, lang).getByRole('button', { name: t['offline.remove']! }).click();
    await expect(control(page, lang).getByRole('status')).toHaveText(t['offline.removed']!);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect(control(page, lang).getByRole('button', { name: t['offline.save']!, exact: true })).toBeVisible();
  });
}

test.describe('the control on a short page', () => {
  // On the search page the footer, with the control, is on the first screen: the control must
  // not appear late and push the footer down (Lighthouse's layout shift).
  for (const pathname of ['/sv/sok/', '/ar/sok/', '/ti/sok/']) {
    test(`is there from the first paint on ${pathname}: nothing shifts`, async ({ page }) => {
      await page.goto(pathname);
      await expect(page.locator('footer offline-guide')).toBeVisible();
      await expect(page.locator('footer offline-guide [data-part="size"]')).not.toBeEmpty();
      const shifts = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shifts, 'layout shift after the first paint').toBeLessThan(0.01);
    });
  }

  test('stays hidden where the browser cannot save pages', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    await page.goto('/sv/sok/');
    await expect(page.locator('site-search form')).toBeVisible();
    await expect(page.locator('offline-guide')).toBeHidden();
  });
});
