/**
 * The bridge between Astro and the site model: the only module that reads Astro's content
 * collection (`astro:content`). It turns the collection into ContentFiles, builds the model
 * once per build, and hands the route files what they render. Content mistakes stop the build
 * with one message that lists every problem with its file.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentErrors } from '../content-files/errors.ts';
import { splitContentPath, type ContentFile } from '../content-files/file.ts';
import { resolveContentRoot } from '../content-files/read-fs.ts';
import { buildSiteModel, indexSite, type SiteIndex, type SitePage } from './model.ts';

export type PageEntry = CollectionEntry<'pages'>;

export interface SiteData extends SiteIndex {
  entries: Map<string, PageEntry>;
}

let cached: Promise<SiteData> | undefined;

function displayPath(filePath: string | undefined, entryId: string): string {
  if (!filePath) return `content/${entryId}.md`;
  return path.relative(process.cwd(), path.resolve(filePath));
}

async function load(): Promise<SiteData> {
  const entries = await getCollection('pages');
  const contentRoot = resolveContentRoot();
  const files: ContentFile[] = entries.map((entry) => {
    const filePath = entry.filePath ?? path.join(contentRoot, `${entry.id}.md`);
    const { folder, id } = splitContentPath(entry.id);
    return { folder, id, filePath: displayPath(filePath, entry.id), data: entry.data, body: entry.body ?? '' };
  });
  const model = buildSiteModel(files);
  if (model.errors.length > 0) throw new ContentErrors(model.errors);
  return { ...indexSite(model), entries: new Map(entries.map((entry) => [entry.id, entry])) };
}

export function getSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** The collection entry whose text a page shows (translation, or Swedish source on a fallback). */
export function shownEntry(site: SiteData, page: SitePage): PageEntry {
  const entry = site.entries.get(`${page.shown.folder}/${page.shown.id}`);
  if (!entry) throw new Error(`No collection entry for ${page.shown.filePath}`);
  return entry;
}
