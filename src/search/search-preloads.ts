/**
 * What a first search waits for, fetched while the search page loads: Pagefind's script, its
 * entry file, the language's metadata and its WebAssembly; the search box starts Pagefind on
 * them when it is focused. Without these hints the files come
 * one after another once the reader taps the box (script, then entry, then metadata and wasm),
 * which on a 400 kbps, 400 ms phone took most of the time to a first result. The names of the
 * metadata and wasm files are known only once the index is written, so the build adds the
 * hints to each language's search page afterwards (src/integrations/pagefind.ts). Pure.
 *
 * Pagefind fetches its entry file with `?ts=` and the time, so it is never cached; with
 * `metaCacheTag` (read by the search box from the hint) it asks for `?ts=<tag>` instead, and the
 * tag changes whenever the entry does.
 */
/** The subset of Pagefind's `pagefind-entry.json` that names each language's files. */
export interface PagefindEntryFiles {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The marker on the entry hint, where the search box reads the cache tag. */
export const entryHintAttribute = 'data-pagefind-entry';

/**
 * A tag that changes whenever the entry file does (FNV-1a, 32 bits: a cache key, not a
 * security measure; plain code so the search box can import this module too).
 */
export function entryTag(entryText: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < entryText.length; index += 1) {
    hash ^= entryText.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Pagefind's choice of index for a page language: the exact one, else the language without region. */
function indexFor(entry: PagefindEntryFiles, htmlLang: string): { hash: string; wasm: string | null } | undefined {
  const lang = htmlLang.toLowerCase();
  return entry.languages[lang] ?? entry.languages[lang.split('-')[0]!];
}

/** The `<link>` hints for one language's search page; none when the language has no index. */
export function searchPreloadLinks(entry: PagefindEntryFiles, entryText: string, htmlLang: string, basePath = '/pagefind/'): string[] {
  const index = indexFor(entry, htmlLang);
  if (!index) return [];
  const fetchHint = (href: string, extra = '') => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous"${extra}>`;
  return [
    `<link rel="modulepreload" href="${basePath}pagefind.js">`,
    fetchHint(`${basePath}pagefind-entry.json?ts=${entryTag(entryText)}`, ` ${entryHintAttribute}`),
    fetchHint(`${basePath}pagefind.${index.hash}.pf_meta`),
    fetchHint(`${basePath}wasm.${index.wasm ?? 'unknown'}.pagefind`),
  ];
}

/** The page with the hints at the end of its `<head>`; unchanged when it has no head or no hints. */
export function withSearchPreloads(html: string, links: readonly string[]): string {
  if (links.length === 0 || !html.includes('</head>')) return html;
  return html.replace('</head>', `${links.join('')}</head>`);
}
