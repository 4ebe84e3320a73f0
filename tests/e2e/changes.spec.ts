/**
 * "What changed" as a reader sees it on the built site, in Swedish (the source), Arabic (right
 * to left, translation without translated summaries yet) and Tigrinya (Ge'ez script): the
 * changes under a page's date, the Atom feed linked from head and footer, and the changes page,
 * newest first and without axe violations. Expected answers come from the content files on
 * disk and the strings files, not from the site model under test.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getLanguage, type LanguageCode } from '../../src/i18n/languages.ts';
import { listContentFiles } from '../../src/checks/content-tree-fs.ts';
import { changesFeedUrl, generatedPageUrl, pageUrl } from '../../src/site/routes.ts';
import { runAxe } from '../support/axe.ts';
import { builtPages } from '../support/built-site.ts';
import { contentRoot, readPage } from '../support/content-tree.ts';

const testedLanguages: readonly LanguageCode[] = ['sv', 'ar', 'ti'];
const pageWithChange = 'jag-ar-asylsokande/beslutet';
const built = new Set(builtPages());

const strings = (lang: string): Record<string, string> => JSON.parse(readFileSync(`src/i18n/strings/${lang}.json`, 'utf8'));
const longDate = (iso: string, lang: LanguageCode) => new Intl.DateTimeFormat(getLanguage(lang).intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Dated changes the Swedish files record, one per `- date:` line under `changes:`. */
function swedishChanges(): { id: string; date: string }[] {
  return listContentFiles(contentRoot)
    .filter((file) => file.startsWith('sv/'))
    .flatMap((file) => {
      const id = file.replace(/^sv\//, '').replace(/\.mdx?$/, '');
      const block = /^changes:\n((?:[ \t].*\n)+)/m.exec(readPage('sv', id))?.[1] ?? '';
      return [...block.matchAll(/date:\s*['"]?(\d{4}-\d{2}-\d{2})/g)].map((match) => ({ id, date: match[1]! }));
    });
}

test('the content records changes to test with', () => {
  expect(swedishChanges().filter((change) => change.id === pageWithChange).length).toBeGreaterThan(0);
});

for (const lang of testedLanguages) {
  const t = strings(lang);

  test(`a page in ${lang} shows what changed under its date, and offers the feed`, async ({ page }) => {
    await page.goto(pageUrl(lang, pageWithChange));
    const section = page.locator('section.page-changes');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(t['changes.heading']!);
    const latest = swedishChanges().filter((change) => change.id === pageWithChange).map((change) => change.date).sort().reverse()[0]!;
    const first = section.locator('li').first();
    await expect(first.locator('time')).toHaveAttribute('datetime', latest);
    // The reader's everyday date; Tigrinya also shows the numeric Gregorian date beside it (issue #13).
    await expect(first.locator('time')).toContainText(longDate(latest, lang));
    if (lang === 'ti') await expect(first.locator('time')).toContainText(latest);
    // It stands right under the "last updated" line.
    await expect(page.locator('p.updated + section.page-changes')).toHaveCount(1);
    if (lang !== 'sv' && !/^changes:/m.test(readPage(lang, pageWithChange))) {
      // No translated summary yet: the Swedish one, marked as Swedish.
      await expect(first.locator('span')).toHaveAttribute('lang', 'sv');
    }
    const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    // Absolute on the site's public address, like the canonical link (the hreflang audit wants
    // full URLs); the footer link stays relative. What a feed reader gets there is checked below.
    const canonical = (await page.locator('head link[rel="canonical"]').getAttribute('href'))!;
    await expect(feedLink).toHaveAttribute('href', new URL(changesFeedUrl(lang), canonical).href);
    await expect(feedLink).toHaveAttribute('hreflang', getLanguage(lang).hreflang);
    await expect(feedLink).toHaveAttribute('title', new RegExp(t['changes.title']!));
    await expect(page.locator('.site-footer').getByRole('link', { name: t['changes.feed']! })).toHaveAttribute('href', changesFeedUrl(lang));
  });

  test(`the ${lang} feed is Atom that lists every change, newest first, linking built pages`, async ({ page, request }) => {
    const response = await request.get(changesFeedUrl(lang));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    await page.goto(generatedPageUrl(lang, 'changes'));
    const feed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const root = document.documentElement;
      const child = (element: Element, name: string) => [...element.children].find((node) => node.localName === name && node.namespaceURI === atom);
      const links = (element: Element) => [...element.children].filter((node) => node.localName === 'link').map((node) => ({ rel: node.getAttribute('rel'), href: node.getAttribute('href') }));
      return {
        parseError: document.getElementsByTagName('parsererror').length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        lang: root.getAttribute('xml:lang'),
        id: child(root, 'id')?.textContent,
        title: child(root, 'title')?.textContent,
        updated: child(root, 'updated')?.textContent,
        links: links(root),
        entries: [...root.children].filter((node) => node.localName === 'entry').map((entry) => ({
          id: child(entry, 'id')?.textContent,
          title: child(entry, 'title')?.textContent,
          updated: child(entry, 'updated')?.textContent,
          summary: child(entry, 'summary')?.textContent,
          links: links(entry),
        })),
      };
    }, xml);
    expect(feed.parseError).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.lang).toBe(getLanguage(lang).hreflang);
    expect(feed.title).toContain(t['changes.title']);
    expect(new URL(feed.id!).pathname).toBe(generatedPageUrl(lang, 'changes'));
    expect(feed.links.map((link) => [link.rel, new URL(link.href!).pathname])).toEqual([
      ['self', changesFeedUrl(lang)],
      ['alternate', generatedPageUrl(lang, 'changes')],
    ]);
    // The address a page's head offers is the feed's own self address, so a reader subscribes once.
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(feed.links[0]!.href);
    const expected = swedishChanges();
    expect(feed.entries.length).toBe(Math.min(expected.length, 50));
    const dates = feed.entries.map((entry) => entry.updated!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
    for (const entry of feed.entries) {
      expect(entry.id && entry.title && entry.summary, JSON.stringify(entry)).toBeTruthy();
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const pathname = new URL(entry.links[0]!.href!).pathname;
      expect(built.has(pathname), pathname).toBe(true);
      expect(pathname.startsWith(`/${lang}/`)).toBe(true);
    }
    const onPage = expected.find((change) => change.id === pageWithChange)!;
    expect(feed.entries.some((entry) => new URL(entry.links[0]!.href!).pathname === pageUrl(lang, onPage.id) && entry.updated === `${onPage.date}T00:00:00Z`)).toBe(true);
  });

  test(`the ${lang} changes page lists recent changes newest first, reachable from the footer`, async ({ page }) => {
    await page.goto(generatedPageUrl(lang, 'home'));
    await page.locator('.site-footer').getByRole('link', { name: t['changes.title']!, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${generatedPageUrl(lang, 'changes')}$`));
    await expect(page.locator('h1')).toHaveText(t['changes.title']!);
    const items = page.locator('ol.change-list > li');
    await expect(items).toHaveCount(Math.min(swedishChanges().length, 50));
    const dates = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(items.first().locator('time')).toContainText(longDate(dates[0]!, lang));
    if (lang === 'ti') await expect(items.first().locator('time')).toContainText(dates[0]!);
    const hrefs = await items.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) expect(built.has(href), href).toBe(true);
    expect(hrefs).toContain(pageUrl(lang, pageWithChange));
    const results = await runAxe(page);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
