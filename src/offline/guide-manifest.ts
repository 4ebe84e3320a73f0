/**
 * What "save this language's guide" downloads, decided from the list of built files: every
 * page under `/<lang>/` (its fallback pages live there too), the offline page, the shared
 * assets (stylesheet, scripts, icons) and the language's own Pagefind files. The build writes
 * the result per language to `/offline-files/<lang>.json`; the reader's browser and the
 * service worker read it to save and to update. Pure: no file system here, so the browser
 * code can import the types and the diff.
 */

/** One file of the built site, as the build measured it. */
export interface BuiltFile {
  /** Site path: `/sv/om-sverige/`, `/_astro/x.css`, `/pagefind/index/sv_1.pf_index`. */
  url: string;
  /** Size on disk. */
  bytes: number;
  /** Bytes on the wire: gzip size for text a host compresses, the size itself for the rest. */
  transferBytes: number;
  /** Content hash; a changed hash is what an update fetches. */
  hash: string;
}

export interface GuideFile extends BuiltFile {
  /** The top-level section a page belongs to (`om-sverige`), absent for files every part needs. */
  section?: string;
}

export interface GuideSection {
  id: string;
  title: string;
  url: string;
  /** Transfer bytes of the section's own pages plus the files every part needs. */
  transferBytes: number;
}

export interface GuideManifest {
  lang: string;
  /** Changes whenever any file of the guide changes. */
  version: string;
  transferBytes: number;
  bytes: number;
  files: GuideFile[];
  sections: GuideSection[];
}

/** Where the build writes a language's manifest. The service worker never serves these from its cache. */
export const manifestFolder = '/offline-files/';
export function guideManifestUrl(lang: string): string {
  return `${manifestFolder}${lang}.json`;
}

/** The subset of Pagefind's `pagefind-entry.json` that names each language's files. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * Pagefind's files for one language: its loader and worker, the entry file, the language's
 * meta file, its WebAssembly (a generic one for languages without a stemmer), and the index
 * chunks and fragments whose names start with the language key (`fa-af_`).
 */
export function pagefindFilesFor(htmlLang: string, entry: PagefindEntry, urls: readonly string[]): string[] {
  const key = htmlLang.toLowerCase();
  const language = entry.languages[key];
  if (!language) return [];
  const wanted = new Set(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', `/pagefind/pagefind.${language.hash}.pf_meta`, `/pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`]);
  return urls.filter((url) => wanted.has(url) || url.startsWith(`/pagefind/index/${key}_`) || url.startsWith(`/pagefind/fragment/${key}_`));
}

/** Files every saved guide needs whatever its language: styles, scripts, icons. */
export function isSharedAsset(url: string): boolean {
  return url.startsWith('/_astro/') || url.startsWith('/icons/') || url === '/favicon.svg';
}

/** `/sv/om-sverige/bo/` → `om-sverige`; the home page and the files of the whole guide → undefined. */
export function sectionOfUrl(url: string, lang: string, sharedSlugs: ReadonlySet<string>): string | undefined {
  const prefix = `/${lang}/`;
  if (!url.startsWith(prefix)) return undefined;
  const first = url.slice(prefix.length).split('/')[0] ?? '';
  if (first === '' || first.includes('.') || sharedSlugs.has(first)) return undefined;
  return first;
}

export interface GuideInput {
  lang: string;
  htmlLang: string;
  files: readonly BuiltFile[];
  pagefindEntry: PagefindEntry | undefined;
  /** Top-level sections in reading order with their titles in the language. */
  sections: readonly { id: string; title: string }[];
  /** First path segments under `/<lang>/` that belong to the whole guide (search, offline page, about pages). */
  sharedSlugs: ReadonlySet<string>;
  /** Turns the sorted file hashes into one version string. */
  versionOf: (hashes: string) => string;
}

export function buildGuideManifest(input: GuideInput): GuideManifest {
  const urls = input.files.map((file) => file.url);
  const pagefind = new Set(input.pagefindEntry ? pagefindFilesFor(input.htmlLang, input.pagefindEntry, urls) : []);
  const prefix = `/${input.lang}/`;
  const files: GuideFile[] = input.files
    .filter((file) => file.url.startsWith(prefix) || isSharedAsset(file.url) || pagefind.has(file.url))
    .map((file) => {
      const section = sectionOfUrl(file.url, input.lang, input.sharedSlugs);
      return section ? { ...file, section } : { ...file };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const sum = (list: readonly GuideFile[], pick: (file: GuideFile) => number) => list.reduce((total, file) => total + pick(file), 0);
  const shared = files.filter((file) => file.section === undefined);
  const sharedTransfer = sum(shared, (file) => file.transferBytes);
  const sections = input.sections.map((section) => ({
    id: section.id,
    title: section.title,
    url: `${prefix}${section.id}/`,
    transferBytes: sharedTransfer + sum(files.filter((file) => file.section === section.id), (file) => file.transferBytes),
  }));
  return {
    lang: input.lang,
    version: input.versionOf(files.map((file) => `${file.url} ${file.hash}`).join('\n')),
    transferBytes: sum(files, (file) => file.transferBytes),
    bytes: sum(files, (file) => file.bytes),
    files,
    sections,
  };
}

/** The files a saved part of the guide holds: the whole guide, or one section and what every part needs. */
export function filesOfPart(manifest: GuideManifest, section: string | null): GuideFile[] {
  return section === null ? manifest.files : manifest.files.filter((file) => file.section === undefined || file.section === section);
}

export interface GuideDiff {
  /** New or changed files: the only ones an update downloads. */
  fetch: GuideFile[];
  /** Files no longer in the guide: deleted from the saved copy. */
  remove: string[];
  unchanged: number;
}

/** What an update of a saved guide (or section) downloads and deletes. */
export function diffGuide(saved: readonly Pick<GuideFile, 'url' | 'hash'>[], current: readonly GuideFile[]): GuideDiff {
  const savedHashes = new Map(saved.map((file) => [file.url, file.hash]));
  const currentUrls = new Set(current.map((file) => file.url));
  const fetch = current.filter((file) => savedHashes.get(file.url) !== file.hash);
  return {
    fetch,
    remove: saved.map((file) => file.url).filter((url) => !currentUrls.has(url)),
    unchanged: current.length - fetch.length,
  };
}

/**
 * The guide's size is written into every page of the language after the build has measured
 * it. The placeholder has the width of the number that replaces it, so pages keep their size
 * and the measurement stays exact.
 */
export const sizePlaceholder = '0000000000';
export function sizeAttributeValue(bytes: number): string {
  return String(Math.round(bytes)).padStart(sizePlaceholder.length, '0');
}

/** A guide larger than this also offers saving one section. */
export const largeGuideBytes = 1.5 * 1024 * 1024;
