/**
 * Addresses the offline parts agree on: the service worker, the page that stands in for pages
 * that are not saved, the web app manifest of a language, and the message the worker sends
 * when it saved a newer version. Kept free of imports so the worker bundle stays small.
 */

/** Served from the site's root so its scope covers every language, the styles and the search files. */
export const serviceWorkerUrl = '/sw.js';

/** The first path segment of the offline page under a language (`/sv/offline/`). */
export const offlinePageSlug = 'offline';

export function offlinePageUrl(lang: string): string {
  return `/${lang}/${offlinePageSlug}/`;
}

export function webManifestUrl(lang: string): string {
  return `/${lang}/manifest.webmanifest`;
}

export const offlineUpdateMessage = 'guide-updated';
