/**
 * The built pages, read from dist/ so the tests cover whatever the build produced: every page
 * in every language, fallbacks included.
 */
import path from 'node:path';
import { languageCodes } from '../../src/i18n/languages.ts';
import { builtPagePaths as builtPagePathsIn } from '../../tools/dist.ts';

export const distDir = path.resolve('dist');

export function builtPagePaths(): string[] {
  return builtPagePathsIn(distDir);
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
