/** What the content folders hold, so browser tests can compute what a reader should see. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findContentFile, hasPageFile, listContentFiles } from '../../src/lib/content-files.ts';
import { splitContentPath } from '../../src/lib/routes.ts';

export const contentRoot = path.resolve(process.env.CONTENT_ROOT ?? 'content');

/** Whether a page at `/<lang>/<slug>/` has its own file in that language (not a fallback). */
export function hasOwnFile(lang: string, slug: string): boolean {
  return hasPageFile(contentRoot, lang, slug);
}

export function pageIdsIn(lang: string): string[] {
  return listContentFiles(contentRoot)
    .map((file) => splitContentPath(file))
    .filter((entry) => entry.folder === lang)
    .map((entry) => entry.id);
}

export function readPage(lang: string, id: string): string {
  const file = findContentFile(contentRoot, lang, id);
  if (!file) throw new Error(`No file for ${lang}/${id}`);
  return readFileSync(file, 'utf8');
}

export function titleOf(lang: string, id: string): string {
  const match = /^title:\s*"?(.+?)"?\s*$/m.exec(readPage(lang, id));
  if (!match) throw new Error(`No title in ${lang}/${id}`);
  return match[1]!;
}
