/**
 * What the content folders hold, so browser tests can compute what a reader should see.
 * `hasOwnFile` asks the disk, not the site model, so the tests check the model's decisions
 * against an independent answer.
 */
import { readFileSync } from 'node:fs';
import { splitContentPath } from '../../src/content-files/file.ts';
import { findContentFile, listContentFiles, readContentTree, resolveContentRoot } from '../../src/content-files/read-fs.ts';
import { buildSiteModel, indexSite, type SiteIndex } from '../../src/site/model.ts';

export const contentRoot = resolveContentRoot();

/** Whether a page at `/<lang>/<slug>/` has its own file in that language (not a fallback). */
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

let site: SiteIndex | undefined;

/** The site model of the content the build used, for choosing pages to test (not for expected answers). */
export function contentSite(): SiteIndex {
  site ??= indexSite(buildSiteModel(readContentTree(contentRoot).files));
  return site;
}
