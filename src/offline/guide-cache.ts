/**
 * The saved guide in the browser's Cache Storage, one cache per language (`guide-sv`). The save
 * control writes it when the reader taps save; the service worker reads it to serve pages
 * offline and updates it in the background. Besides the site's own files, a cache holds one
 * record about the saved guide (version, part, when it was saved): nothing about the reader.
 */
import { diffGuide, filesOfPart, guideManifestUrl, manifestFolder, type GuideFile, type GuideManifest } from './guide-manifest.ts';

export const cachePrefix = 'guide-';

export function cacheNameOf(lang: string): string {
  return `${cachePrefix}${lang}`;
}

/** Where the record sits in the cache; under the manifest folder, which the service worker never serves. */
export function savedRecordUrl(lang: string): string {
  return `${manifestFolder}${lang}.saved.json`;
}

export interface SavedGuide {
  lang: string;
  version: string;
  /** The section saved alone, or null for the whole guide. */
  section: string | null;
  /** The saved section's title in the language, for "the section … is saved". */
  sectionTitle: string | null;
  savedAt: string;
  /** When a background update last brought a newer version, or null. */
  updatedAt: string | null;
  transferBytes: number;
  files: { url: string; hash: string }[];
}

export type Progress = (doneBytes: number, totalBytes: number) => void;

export async function readSaved(lang: string): Promise<SavedGuide | undefined> {
  // `caches.open` would create an empty cache: look first.
  if (!(await caches.has(cacheNameOf(lang)))) return undefined;
  const response = await (await caches.open(cacheNameOf(lang))).match(savedRecordUrl(lang));
  return response ? ((await response.json()) as SavedGuide) : undefined;
}

/** Languages with a saved guide (or a save that was interrupted). */
export async function savedLanguages(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(cachePrefix)).map((name) => name.slice(cachePrefix.length));
}

export async function fetchManifest(lang: string): Promise<GuideManifest> {
  // `no-cache` asks the server whether the copy is current: a 304 costs a few hundred bytes.
  const response = await fetch(guideManifestUrl(lang), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${guideManifestUrl(lang)}: ${response.status}`);
  return (await response.json()) as GuideManifest;
}

/**
 * One file of the guide. A request that stalls (a dropped mobile connection can leave it
 * hanging for minutes) is abandoned and tried once more, so saving ends with a result the
 * reader can act on instead of a bar that stops moving.
 */
async function fetchFile(url: string, attempts = 2): Promise<Response> {
  try {
    const response = await fetch(url, { cache: 'no-cache', credentials: 'omit', signal: AbortSignal.timeout(stalledAfterSeconds * 1000) });
    if (!response.ok || response.redirected) throw new Error(`${url}: ${response.status}`);
    return response;
  } catch (error) {
    if (attempts <= 1) throw error;
    return fetchFile(url, attempts - 1);
  }
}
const stalledAfterSeconds = 30;

/** Downloads files into the cache, a few at a time, reporting transfer bytes as each lands. */
async function storeFiles(cache: Cache, files: readonly GuideFile[], onProgress: Progress): Promise<void> {
  const total = files.reduce((sum, file) => sum + file.transferBytes, 0);
  let done = 0;
  let next = 0;
  onProgress(0, total);
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await cache.put(file.url, await fetchFile(file.url));
      done += file.transferBytes;
      onProgress(done, total);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

async function writeRecord(cache: Cache, record: SavedGuide): Promise<void> {
  await cache.put(savedRecordUrl(record.lang), new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
}

function recordOf(manifest: GuideManifest, files: readonly GuideFile[], section: string | null, savedAt: string, updatedAt: string | null): SavedGuide {
  return {
    lang: manifest.lang,
    version: manifest.version,
    section,
    sectionTitle: manifest.sections.find((candidate) => candidate.id === section)?.title ?? null,
    savedAt,
    updatedAt,
    transferBytes: files.reduce((sum, file) => sum + file.transferBytes, 0),
    files: files.map((file) => ({ url: file.url, hash: file.hash })),
  };
}

/** Saves the whole guide of a language (section null) or one section; files already saved are kept. */
export async function saveGuide(lang: string, section: string | null, onProgress: Progress): Promise<SavedGuide> {
  const manifest = await fetchManifest(lang);
  const files = filesOfPart(manifest, section);
  const previous = await readSaved(lang);
  const cache = await caches.open(cacheNameOf(lang));
  const diff = diffGuide(previous?.files ?? [], files);
  await storeFiles(cache, diff.fetch, onProgress);
  await Promise.all(diff.remove.map((url) => cache.delete(url)));
  const record = recordOf(manifest, files, section, new Date().toISOString(), null);
  await writeRecord(cache, record);
  return record;
}

/**
 * Brings a saved guide up to the built site's current version, downloading only files whose
 * hash changed. Returns the new record when something changed, undefined otherwise.
 */
export async function updateGuide(lang: string): Promise<SavedGuide | undefined> {
  const previous = await readSaved(lang);
  if (!previous) return undefined;
  const manifest = await fetchManifest(lang);
  if (manifest.version === previous.version) return undefined;
  const files = filesOfPart(manifest, previous.section);
  const diff = diffGuide(previous.files, files);
  const cache = await caches.open(cacheNameOf(lang));
  await storeFiles(cache, diff.fetch, () => {});
  await Promise.all(diff.remove.map((url) => cache.delete(url)));
  const changed = diff.fetch.length > 0 || diff.remove.length > 0;
  const record = recordOf(manifest, files, previous.section, previous.savedAt, changed ? new Date().toISOString() : previous.updatedAt);
  await writeRecord(cache, record);
  return changed ? record : undefined;
}

/** Deletes a language's saved guide; true when no guide is left in any language. */
export async function removeGuide(lang: string): Promise<boolean> {
  await caches.delete(cacheNameOf(lang));
  return (await savedLanguages()).length === 0;
}
