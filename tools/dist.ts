/**
 * Inspecting a built site (`dist/`): which pages it holds, and what a reader downloads to read
 * one. The browser tests sweep these pages and hold them to the weight budget; the benchmark
 * measures them. Node only; used by tests and the benchmark, never by the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLanguageCode } from '../src/i18n/languages.ts';
import { generatedPageAt, generatedPageUrl, languageNotFoundUrl, rootPages, splitUrlPath } from '../src/site/routes.ts';
import { languageCodes } from '../src/i18n/languages.ts';

/** URL paths of every built page (`/`, `/ar/`, `/ar/om-sverige/` …), sorted. */
export function builtPagePaths(outDir: string): string[] {
  if (!existsSync(outDir)) throw new Error(`${outDir} is missing: run \`npm run build\` first.`);
  const paths: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name === '_astro' || entry.name === 'pagefind') continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') paths.push(`/${path.relative(outDir, directory).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk(outDir);
  return paths.sort();
}

/**
 * Pages a reader reads: content pages and the language homes, not the root pages (chooser,
 * 404) nor the generated pages that are not for reading (search loads its script; the status
 * page is for editors). The weight budget applies to these.
 */
export function isContentPagePath(pathname: string): boolean {
  const { lang, slug } = splitUrlPath(pathname);
  if (!isLanguageCode(lang)) return false;
  return generatedPageAt(slug)?.contentPage ?? true;
}

/**
 * Every built page, with the 404 pages a walk of the folders does not find as `index.html`:
 * each built language's own (`/<lang>/404.html`) and the root's.
 */
export function builtPagesWithRootPages(outDir: string): string[] {
  const found = builtPagePaths(outDir);
  const languageNotFound = languageCodes.filter((code) => found.includes(generatedPageUrl(code, 'home'))).map(languageNotFoundUrl);
  return [...found, ...languageNotFound, ...Object.values(rootPages).filter((pathname) => !found.includes(pathname))];
}


/** The first round trip of a new connection carries about 14 KB: a page that fits reads fast. */
export const pageWeightBudget = 14 * 1024;
/**
 * The glossary is a reference page of some 80 terms: until it is split into an index and topic
 * pages (issue #13, still to do), it has a budget of its own instead of a shorter glossary. Its
 * A–Ö index (issue #13 Must 4) adds about 1 KB and the share control (issue #12) about 1 KB; the
 * Russian and Ukrainian glossaries measured 20.5 KB with both in CI on 2026-12-07, hence 22 KB
 * until the split brings every page back to 14 KB. Every other content page keeps 14 KB.
 */
export const glossaryWeightBudget = 22 * 1024;
export function weightBudgetOf(pathname: string): number {
  return pathname.endsWith('/mer-om-sverige/viktiga-ord/') ? glossaryWeightBudget : pageWeightBudget;
}

export interface PageWeight {
  pathname: string;
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  jsGzipBytes: number;
  htmlGzipBytes: number;
  /** Compressed HTML plus compressed CSS. */
  compressedBytes: number;
  /** Script files the page loads, other than the enhancing controls' (offline guide, share). */
  otherScripts: string[];
}

/**
 * The scripts a content page may load, together within this budget: the save-for-offline
 * control, which shows itself in browsers that can save pages, and the Listen control, which
 * shows itself where the device has a voice for the text (issue #13). Reading never needs them.
 */
export const offlineControlBudget = 4 * 1024;

export const offlineControlScript = /^\/_astro\/(OfflineGuide|ListenAloud)\.astro_astro_type_script[^/]*\.js$/;

/**
 * The share control's script (<share-page>): copy and share sheet on a control that works
 * without it. Reading never needs it either.
 */
export const shareControlScript = /^\/_astro\/Share\.astro_astro_type_script[^/]*\.js$/;
export const shareControlBudget = 2 * 1024;

/** Scripts a content page may load: each enhances a control, none is needed to read. */
export const enhancingScripts = [offlineControlScript, shareControlScript];

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

function linkedAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  return { css, js };
}

export function measurePage(distDir: string, pathname: string): PageWeight {
  const htmlFile = path.join(distDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile);
  const { css, js } = linkedAssets(html.toString('utf8'));
  const read = (href: string) => readFileSync(path.join(distDir, href.split('?')[0]!));
  const cssFiles = css.map(read);
  const jsFiles = js.map(read);
  const htmlGzipBytes = gzipSize(html);
  return {
    pathname,
    htmlBytes: html.length,
    cssBytes: cssFiles.reduce((sum, file) => sum + file.length, 0),
    jsBytes: jsFiles.reduce((sum, file) => sum + file.length, 0),
    jsGzipBytes: jsFiles.reduce((sum, file) => sum + gzipSize(file), 0),
    htmlGzipBytes,
    compressedBytes: htmlGzipBytes + cssFiles.reduce((sum, file) => sum + gzipSize(file), 0),
    otherScripts: js.filter((src) => !enhancingScripts.some((script) => script.test(src))),
  };
}
