/**
 * The pages of a built site, read from its output folder: what the browser tests sweep and
 * the benchmark measures.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { searchSlug, splitUrlPath, translationStatusSlug } from './routes.ts';

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
 * Pages a reader reads: everything but the root chooser, the search page (which loads its
 * script) and the editors' status page. The weight budget applies to these.
 */
export function isContentPagePath(pathname: string): boolean {
  const { slug } = splitUrlPath(pathname);
  return pathname !== '/' && slug !== searchSlug && slug !== translationStatusSlug;
}
