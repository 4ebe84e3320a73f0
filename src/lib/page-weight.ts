/**
 * What a reader downloads to read a page: its HTML and the stylesheets it links, measured
 * compressed, as a server sends them. Used by the weight budget test and the benchmark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first round trip of a new connection carries about 14 KB: a page that fits reads fast. */
export const pageWeightBudget = 14 * 1024;

export interface PageWeight {
  pathname: string;
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  htmlGzipBytes: number;
  /** Compressed HTML plus compressed CSS. */
  compressedBytes: number;
}

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
    htmlGzipBytes,
    compressedBytes: htmlGzipBytes + cssFiles.reduce((sum, file) => sum + gzipSize(file), 0),
  };
}
