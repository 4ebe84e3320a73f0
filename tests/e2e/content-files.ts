/** What the content folders hold, so browser tests can compute what a reader should see. */
import { readFileSync } from 'node:fs';
import { splitContentPath } from '../../src/content-files/file.ts';
import { findContentFile, listContentFiles, resolveContentRoot } from '../../src/content-files/read-fs.ts';

export const contentRoot = resolveContentRoot();

/**
 * Whether a page at `/<lang>/<slug>/` has its own file in that language (not a fallback),
 * asked of the disk rather than of the site model, so the tests check the model's decision.
 */
export function hasOwnFile(lang: string, slug: string): boolean {
  return [slug, `${slug}/index`].some((id) => findContentFile(contentRoot, lang, id) !== undefined);
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
