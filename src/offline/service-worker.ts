/// <reference lib="webworker" />
/**
 * The service worker, served as `/sw.js` (bundled by the offline-guide build step). It is
 * registered only when a reader saves a guide, and it:
 * - answers requests for files of a saved guide from the cache, so saved pages, the stylesheet
 *   and the language's search work without a network and cost no data;
 * - lets everything else go to the network untouched, and answers a page that is neither saved
 *   nor reachable with the offline page of the reader's language;
 * - when a saved page is opened while online, updates the saved guides in the background,
 *   downloading only files whose content hash changed, and tells open pages.
 * It never handles requests to other origins and never caches what the reader did not save.
 */
import { cacheNameOf, savedLanguages, updateGuide } from './guide-cache.ts';
import { manifestFolder } from './guide-manifest.ts';
import { offlinePageUrl, offlineUpdateMessage } from './offline-paths.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins are none of our business: the browser handles them as if we did not exist.
  if (url.origin !== self.location.origin) return;
  // The guides' file lists and the worker itself always come from the network.
  if (url.pathname.startsWith(manifestFolder) || url.pathname === '/sw.js') return;
  event.respondWith(respond(event, request, url));
});

async function respond(event: FetchEvent, request: Request, url: URL): Promise<Response> {
  // Pagefind asks for `pagefind-entry.json?ts=…` and search pages carry `?q=`: the file is the same.
  const saved = await caches.match(request, { ignoreSearch: true });
  if (saved) {
    if (request.mode === 'navigate') event.waitUntil(updateInBackground());
    return saved;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') {
      const offline = await offlinePageFor(url);
      if (offline) return offline;
    }
    throw error;
  }
}

/** The offline page in the language of the address, or of any saved guide. */
async function offlinePageFor(url: URL): Promise<Response | undefined> {
  const lang = url.pathname.split('/')[1] ?? '';
  const languages = await savedLanguages();
  for (const candidate of [lang, ...languages]) {
    if (!languages.includes(candidate)) continue;
    const page = await (await caches.open(cacheNameOf(candidate))).match(offlinePageUrl(candidate));
    if (page) return page;
  }
  return undefined;
}

/** One update at a time, and not more often than this: a check is one small request per language. */
const minimumSecondsBetweenChecks = 10;
let lastCheck = 0;
let running: Promise<void> | undefined;

function updateInBackground(): Promise<void> {
  if (running || Date.now() - lastCheck < minimumSecondsBetweenChecks * 1000) return running ?? Promise.resolve();
  lastCheck = Date.now();
  running = (async () => {
    for (const lang of await savedLanguages()) {
      try {
        const updated = await updateGuide(lang);
        if (!updated) continue;
        for (const client of await self.clients.matchAll({ type: 'window' })) {
          client.postMessage({ type: offlineUpdateMessage, lang, updatedAt: updated.updatedAt });
        }
      } catch {
        // Offline or the site is being deployed: the next visit tries again.
      }
    }
  })().finally(() => {
    running = undefined;
  });
  return running;
}
