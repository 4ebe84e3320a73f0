/**
 * The built pages, read from dist/ so the tests cover whatever the build produced: every page
 * in every language, fallbacks included.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { languageCodes } from '../../src/i18n/languages.ts';

export const distDir = path.resolve('dist');

export function builtPagePaths(): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const paths: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name === '_astro' || entry.name === 'pagefind') continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') paths.push(`/${path.relative(distDir, directory).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk(distDir);
  return paths.sort();
}

export function languageOfPath(pathname: string): string | undefined {
  const first = pathname.split('/')[1] ?? '';
  return (languageCodes as readonly string[]).includes(first) ? first : undefined;
}

/** Pages grouped by language, so each language's sweep is one test that workers can share out. */
export function pagesByLanguage(): Map<string, string[]> {
  const groups = new Map<string, string[]>(languageCodes.map((code) => [code, []]));
  for (const pathname of builtPagePaths()) {
    const lang = languageOfPath(pathname);
    if (lang) groups.get(lang)!.push(pathname);
  }
  return groups;
}
