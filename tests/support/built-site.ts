/**
 * The built pages, read from dist/ so the tests cover whatever the build produced: every page
 * in every language, fallbacks included, each language's 404 page, and the root pages (chooser, 404).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { isLanguageCode, languageCodes, type LanguageCode } from '../../src/i18n/languages.ts';
import { generatedPageUrl, isToolPageUrl, languageNotFoundUrl, rootPages, splitUrlPath } from '../../src/site/routes.ts';
import { isSectionPage } from '../../src/site/tree.ts';
import { builtPagesWithRootPages } from '../../tools/dist.ts';
import { contentSite } from './content-tree.ts';

export const distDir = path.resolve(process.env.OUT_DIR ?? 'dist');

let built: string[] | undefined;

/** Every built page: `/`, `/404.html`, `/ar/`, `/ar/404.html`, `/ar/om-sverige/` … */
export function builtPages(): string[] {
  built ??= builtPagesWithRootPages(distDir);
  return built;
}

export const htmlFileOf = (pathname: string) => path.join(distDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');

/**
 * Pages grouped by language, so each language's sweep is one test that workers can share out.
 * Reading pages only: the staff's share views and handouts (routes.ts `toolPageFamilies`), one
 * per page and language, are checked by sample in share.spec and with every page in validity.
 */
export function pagesByLanguage(): Map<LanguageCode, string[]> {
  const groups = new Map<LanguageCode, string[]>(languageCodes.map((code) => [code, []]));
  for (const pathname of builtPages().filter((page) => !isToolPageUrl(page))) {
    const { lang } = splitUrlPath(pathname);
    if (isLanguageCode(lang)) groups.get(lang)!.push(pathname);
  }
  return groups;
}

/** Splits a list into pieces of at most `size`, so a long sweep runs as several tests in parallel. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/**
 * One page of each template in a language: the home, a section page, a content page, a
 * fallback (where the language has one), the glossary, search, the status page, the changes page and the 404 page. The pages
 * are chosen from the site model, so they follow the content as it grows.
 */
export function templatePages(lang: LanguageCode): { template: string; pathname: string }[] {
  const pages = contentSite().pages.filter((page) => page.lang === lang && page.id !== 'index');
  const first = (template: string, found: { url: string } | undefined) => (found ? [{ template, pathname: found.url }] : []);
  return [
    { template: 'home', pathname: generatedPageUrl(lang, 'home') },
    ...first('section', pages.find((page) => isSectionPage(page.id) && page.kind !== 'fallback')),
    ...first('content page', pages.find((page) => !isSectionPage(page.id) && page.kind !== 'fallback')),
    ...first('fallback', pages.find((page) => page.kind === 'fallback')),
    ...first('glossary', pages.find((page) => page.id === 'mer-om-sverige/viktiga-ord')),
    { template: 'search', pathname: generatedPageUrl(lang, 'search') },
    { template: 'status', pathname: generatedPageUrl(lang, 'status') },
    { template: 'not found', pathname: languageNotFoundUrl(lang) },
    { template: 'changes', pathname: generatedPageUrl(lang, 'changes') },
  ];
}

export const rootPagePaths: string[] = Object.values(rootPages);

/**
 * Facts about built pages, read by the browser's own HTML parser (DOMParser) from the files in
 * dist/, many pages per round trip. For checks of what the HTML says (attributes, counts, links):
 * a page needs no navigation, stylesheet or font for those, and a sweep over every page in every
 * language then takes seconds instead of minutes. `extract` runs in the browser, once per page.
 */
export async function parsedPageFacts<T>(page: Page, pathnames: readonly string[], extract: (document: Document, pathname: string) => T): Promise<{ pathname: string; facts: T }[]> {
  const results: { pathname: string; facts: T }[] = [];
  for (const batch of chunks(pathnames, 40)) {
    const documents = batch.map((pathname) => ({ pathname, html: readFileSync(htmlFileOf(pathname), 'utf8') }));
    const facts = await page.evaluate(
      ({ documents, source }) => {
        // The extractor comes as source text: Playwright passes data, not functions, to the page.
        const run = new Function(`return (${source})`)() as (document: Document, pathname: string) => unknown;
        return documents.map(({ pathname, html }) => run(new DOMParser().parseFromString(html, 'text/html'), pathname));
      },
      { documents, source: extract.toString() },
    );
    batch.forEach((pathname, index) => results.push({ pathname, facts: facts[index] as T }));
  }
  return results;
}
