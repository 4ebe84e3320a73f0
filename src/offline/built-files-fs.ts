/**
 * Node only: reads the built site (`dist/`) for the offline guide. Lists every file with its
 * size, size on the wire and content hash, finds the sections of a language from its home page,
 * writes the guide's size into the pages and the per-language manifests beside them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getLanguage, languageCodes, type LanguageCode } from '../i18n/languages.ts';
import { generatedPages, isToolPageUrl } from '../site/routes.ts';
import { buildGuideManifest, guideManifestUrl, manifestFolder, sizeAttributeValue, sizePlaceholder, type BuiltFile, type GuideManifest, type PagefindEntry } from './guide-manifest.ts';
import { serviceWorkerUrl } from './offline-paths.ts';
import { gzipForHosts, isPrecompressed, type GzipCopiesWritten } from '../hosting/build-output.ts';
import { offlineStrings } from './control-config.ts';
import { guideSizeText } from './format.ts';
import { createTranslators, type Translate, type UiStrings } from '../i18n/translator.ts';

/** Text a web server compresses on the way; everything else travels as it is. */
const compressedOnTheWire = /\.(html|css|js|json|svg|xml|txt|webmanifest)$/;

export function contentHash(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

function urlOf(outDir: string, file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

function walk(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

/** Precompressed copies a host serves in place of the file: the same file on the wire. */
const precompressedCopy = /\.(gz|br|zst)$/;

/** Every file a guide may hold; the manifests and the worker are the machinery, not the guide. */
export function listBuiltFiles(outDir: string): { file: string; url: string }[] {
  return walk(outDir)
    .map((file) => ({ file, url: urlOf(outDir, file) }))
    .filter(({ url }) => !url.startsWith(manifestFolder) && url !== serviceWorkerUrl && !precompressedCopy.test(url));
}

// The control's size attribute and, further on in the same element, its size text.
const sizeSlots = new RegExp(`(data-guide-lang="([a-z]+)" data-guide-bytes=")${sizePlaceholder}("[^]*?<span data-part="size">)[^<]*(</span>)`, 'g');
const writtenSize = /(data-guide-lang="[a-z]+" data-guide-bytes=")\d+"/g;
const writtenSizeText = /(<span data-part="size">)[^<]*(<\/span>)/g;

/**
 * A page's hash leaves out the guide size written into it: otherwise any change anywhere would
 * change every page of the language, and an update would download them all again. A saved page
 * has no use for the size (the control then says when the guide was saved).
 */
export function hashedContent(file: string, content: Buffer): Buffer {
  if (!file.endsWith('.html')) return content;
  return Buffer.from(content.toString('utf8').replace(writtenSize, `$1${sizePlaceholder}"`).replace(writtenSizeText, '$1$2'));
}

/**
 * A file's size, size on the wire (gzip, as hosts send it) and hash. With `gzipCopies`, the
 * gzipped bytes are also written as the file's `.gz` copy for hosts (and recorded there), so
 * the precompression step does not gzip the file again.
 */
export function measureBuiltFile(file: string, url: string, gzipCopies?: GzipCopiesWritten): BuiltFile {
  const content = readFileSync(file);
  let transferBytes = content.length;
  if (compressedOnTheWire.test(file)) {
    const gzipped = gzipForHosts(content);
    transferBytes = gzipped.length;
    if (gzipCopies && isPrecompressed(file)) {
      writeFileSync(`${file}.gz`, gzipped);
      gzipCopies.set(file, gzipped.length);
    }
  }
  return { url, bytes: content.length, transferBytes, hash: contentHash(hashedContent(file, content)) };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

let translators: ((lang: LanguageCode) => Translate) | undefined;

/** The size text of a language's control, from its interface strings and Node's Intl. */
export function guideSizeTextOf(lang: LanguageCode, bytes: number): string {
  // This runs after Astro, in plain Node: the strings files are read here, not by Vite's glob (src/i18n/ui.ts).
  translators ??= createTranslators(Object.fromEntries(languageCodes.map((code) => [code, JSON.parse(readFileSync(new URL(`../i18n/strings/${code}.json`, import.meta.url), 'utf8')) as UiStrings])));
  const { intlLocale } = getLanguage(lang);
  return guideSizeText(offlineStrings(intlLocale, translators(lang), false), bytes, intlLocale);
}

/**
 * Writes each language's measured size over the placeholder in the pages that show the save
 * control, as a number (the script decides on sections with it) and as the text the reader sees
 * (so the browser needs no Intl to show it); returns the files it changed.
 */
export function writeGuideSizes(htmlFiles: readonly string[], bytesByLanguage: ReadonlyMap<string, number>, sizeTextOf: (lang: LanguageCode, bytes: number) => string = guideSizeTextOf): Set<string> {
  const changed = new Set<string>();
  for (const file of htmlFiles) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes(sizePlaceholder)) continue;
    const filled = html.replace(sizeSlots, (whole, start: string, lang: string, between: string, end: string) => {
      const bytes = bytesByLanguage.get(lang);
      return bytes === undefined ? whole : `${start}${sizeAttributeValue(bytes)}${between}${escapeText(sizeTextOf(lang as LanguageCode, bytes))}${end}`;
    });
    if (filled !== html) {
      writeFileSync(file, filled);
      changed.add(file);
    }
  }
  return changed;
}

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** The language's top-level sections, in the order its home page links them, with their titles. */
export function sectionsOf(outDir: string, lang: string, sharedSlugs: ReadonlySet<string>): { id: string; title: string }[] {
  const languageDir = path.join(outDir, lang);
  const home = readFileSync(path.join(languageDir, 'index.html'), 'utf8');
  const ids = readdirSync(languageDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !sharedSlugs.has(entry.name) && existsSync(path.join(languageDir, entry.name, 'index.html')))
    .map((entry) => entry.name);
  const position = (id: string) => {
    const at = home.search(new RegExp(`href="(/${lang}/)?${id}/"`));
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return ids
    .map((id) => {
      const page = readFileSync(path.join(languageDir, id, 'index.html'), 'utf8');
      return { id, title: textOf(/<h1[^>]*>([^]*?)<\/h1>/.exec(page)?.[1] ?? id) };
    })
    .sort((a, b) => position(a.id) - position(b.id) || a.id.localeCompare(b.id));
}

/** Path segments under `/<lang>/` every saved part of a guide needs: search and the offline page. */
export function sharedSlugs(): Set<string> {
  return new Set([generatedPages.search.slug, generatedPages.offline.slug]);
}

export interface OfflineBuildResult {
  manifests: GuideManifest[];
}

/**
 * Measures the built site, writes each language's guide size into its pages, then writes
 * `/offline-files/<lang>.json` with the final hash of every file.
 */
export function writeGuideManifests(outDir: string, languages: readonly LanguageCode[] = languageCodes, gzipCopies?: GzipCopiesWritten): OfflineBuildResult {
  const shared = sharedSlugs();
  const entryFile = path.join(outDir, 'pagefind', 'pagefind-entry.json');
  const pagefindEntry = existsSync(entryFile) ? (JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry) : undefined;
  const listed = listBuiltFiles(outDir);
  const sections = new Map(languages.map((lang) => [lang, sectionsOf(outDir, lang, shared)]));
  // Share views and handouts are for staff at a desk, not part of a guide saved for reading offline.
  const inGuides = (url: string) => !isToolPageUrl(url);
  // Files no guide holds are neither measured nor hashed (reading and gzipping them was most of this step).
  const guideFiles = listed.filter(({ url }) => inGuides(url));
  const manifestsOf = (files: BuiltFile[]) =>
    languages.map((lang) =>
      buildGuideManifest({
        lang,
        htmlLang: getLanguage(lang).htmlLang,
        files,
        pagefindEntry,
        sections: sections.get(lang)!,
        sharedSlugs: shared,
        versionOf: (text) => contentHash(Buffer.from(text)),
      }),
    );
  // The placeholder is as wide as the number and the size text is one short sentence: the pages
  // it goes into are measured again below, and the size shown moves by a few bytes at most.
  // The gzip made to measure a file is its .gz copy for hosts (see measureBuiltFile); a page
  // the sizes then go into is measured, and its copy written, again below.
  const measured = guideFiles.map(({ file, url }) => measureBuiltFile(file, url, gzipCopies));
  const measuredBefore = manifestsOf(measured);
  const changed = writeGuideSizes(
    listed.filter(({ file }) => file.endsWith('.html')).map(({ file }) => file),
    new Map(measuredBefore.map((manifest) => [manifest.lang, manifest.transferBytes])),
  );
  // Only the pages the sizes went into are measured again (the rest are as measured above).
  const manifests = manifestsOf(guideFiles.map(({ file, url }, index) => (changed.has(file) ? measureBuiltFile(file, url, gzipCopies) : measured[index]!)));
  mkdirSync(path.join(outDir, manifestFolder), { recursive: true });
  for (const manifest of manifests) writeFileSync(path.join(outDir, guideManifestUrl(manifest.lang)), JSON.stringify(manifest));
  return { manifests };
}
