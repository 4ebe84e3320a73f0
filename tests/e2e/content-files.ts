/** What the content folders hold, so browser tests can compute what a reader should see. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '../../src/lib/content-files.ts';
import { splitContentPath } from '../../src/lib/routes.ts';

export const contentRoot = path.resolve(process.env.CONTENT_ROOT ?? 'content');

/** Whether a page at `/<lang>/<slug>/` has its own file in that language (not a fallback). */
export function hasOwnFile(lang: string, slug: string): boolean {
  const base = path.join(contentRoot, lang, slug);
  return ['.md', '.mdx', '/index.md', '/index.mdx'].some((suffix) => existsSync(base + suffix));
}

export function pageIdsIn(lang: string): string[] {
  return listContentFiles(contentRoot)
    .map((file) => splitContentPath(file))
    .filter((entry) => entry.folder === lang)
    .map((entry) => entry.id);
}

export function readPage(lang: string, id: string): string {
  const base = path.join(contentRoot, lang, id);
  const file = ['.md', '.mdx'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`No file for ${lang}/${id}`);
  return readFileSync(file, 'utf8');
}

export function titleOf(lang: string, id: string): string {
  const match = /^title:\s*"?(.+?)"?\s*$/m.exec(readPage(lang, id));
  if (!match) throw new Error(`No title in ${lang}/${id}`);
  return match[1]!;
}
