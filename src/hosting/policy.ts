/**
 * How the built site is to be served: the one source that every host configuration (nginx,
 * Caddy, Netlify/Cloudflare `_headers` and `_redirects`), the project's own server
 * (scripts/serve.ts) and the hosting test read. The Content-Security-Policy itself comes from
 * src/site/csp.ts, which also writes each page's `<meta>` policy.
 */
import { languageCodes } from '../i18n/languages.ts';
import { generatedPageUrl, languageNotFoundUrl, rootPages } from '../site/routes.ts';
import { contentSecurityPolicy } from '../site/csp.ts';

/** Headers on every response, whatever the file. */
export const securityHeaders: ReadonlyArray<readonly [string, string]> = [
  // Two years, this host only: a county or NGO site often shares its domain with other services.
  ['Strict-Transport-Security', 'max-age=63072000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  // The site uses none of these; a page that asks for them is not ours.
  [
    'Permissions-Policy',
    [
      'accelerometer', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid',
      'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb',
    ].map((feature) => `${feature}=()`).join(', '),
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // For browsers that predate CSP's frame-ancestors.
  ['X-Frame-Options', 'DENY'],
];

/** Files whose names change when their content does: cached for a year, never revalidated. */
export const hashedAssetCache = 'public, max-age=31536000, immutable';
/** Everything else (HTML, pagefind.js, pagefind-entry.json, sitemap …): five minutes, so an update shows soon. */
export const shortCache = 'public, max-age=300';

/** URL path patterns of hashed files, `*` standing for any characters but `/`, `**` for any. */
export const hashedAssetPatterns: readonly string[] = [
  '/_astro/**',
  '/pagefind/fragment/**',
  '/pagefind/index/**',
  '/pagefind/filter/**',
  '/pagefind/*.pf_meta',
];

/** The search page of each language: the only pages that run Pagefind. */
export const searchPagePrefixes: readonly string[] = languageCodes.map((code) => generatedPageUrl(code, 'search'));

/**
 * Pagefind compiles its WebAssembly in a worker, and a worker obeys the CSP of its own script's
 * response, not the page's: this file needs 'wasm-unsafe-eval' as much as the search pages do.
 */
export const pagefindWorker = '/pagefind/pagefind-worker.js';

export const languagePrefixes: readonly string[] = languageCodes.map((code) => `/${code}/`);

/** The built 404 pages: every language's own, and the all-languages one for the rest. */
export const notFoundPages: readonly string[] = [...languageCodes.map(languageNotFoundUrl), rootPages.notFound];

/** Status for a missing file: each language folder has its own page, the rest gets the all-languages one. */
export function notFoundPageFor(urlPath: string): string {
  const lang = languageCodes.find((code) => urlPath.startsWith(`/${code}/`));
  return lang ? languageNotFoundUrl(lang) : rootPages.notFound;
}

/** A path pattern as a regular expression source (no anchors), for servers that match by regex. */
export function patternRegex(pattern: string): string {
  return pattern
    .split('**')
    .map((part) => part.split('*').map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
}

export function matchesPattern(pattern: string, urlPath: string): boolean {
  return new RegExp(`^${patternRegex(pattern)}$`).test(urlPath);
}

export function isHashedAsset(urlPath: string): boolean {
  return hashedAssetPatterns.some((pattern) => matchesPattern(pattern, urlPath));
}

/** The search pages and Pagefind's worker: the only responses whose CSP allows WebAssembly. */
export function runsWebAssembly(urlPath: string): boolean {
  return urlPath === pagefindWorker || searchPagePrefixes.some((prefix) => urlPath.startsWith(prefix));
}

export function headerContentSecurityPolicy(webAssembly: boolean): string {
  return contentSecurityPolicy({ webAssembly, delivery: 'header' });
}

/** Every header a response for this URL path must carry (names as sent, values exact). */
export function headersFor(urlPath: string): Record<string, string> {
  return {
    ...Object.fromEntries(securityHeaders),
    'Content-Security-Policy': headerContentSecurityPolicy(runsWebAssembly(urlPath)),
    'Cache-Control': isHashedAsset(urlPath) ? hashedAssetCache : shortCache,
  };
}

/** File extensions the build stores precompressed (`.br`, `.gz`) beside the original. */
export const compressibleExtensions: readonly string[] = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest'];

/**
 * Which precompressed copies a request accepts, best first (`.br`, then `.gz`), from its
 * Accept-Encoding header; `br;q=0` refuses one.
 */
export function acceptedPrecompressed(acceptEncoding: string | undefined): Array<{ encoding: 'br' | 'gzip'; suffix: string }> {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(/\s*;\s*/))
      .filter(([, quality]) => !quality || !/^q=0(\.0*)?$/.test(quality))
      .map(([name]) => name),
  );
  return [
    ...(accepted.has('br') ? [{ encoding: 'br' as const, suffix: '.br' }] : []),
    ...(accepted.has('gzip') ? [{ encoding: 'gzip' as const, suffix: '.gz' }] : []),
  ];
}
