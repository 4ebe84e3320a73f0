/**
 * <offline-guide>: the "save for offline" control. The page sends it hidden; the stylesheet
 * shows it from the first paint where scripts run, and this script hides it again where service
 * workers or Cache Storage are missing, so other browsers (and readers without JavaScript) see
 * nothing. Before saving it says how much the language's guide weighs (measured
 * by the build); saving registers the service worker and downloads the guide with progress;
 * afterwards it says when the guide was saved, or that a newer version was saved in the
 * background, and offers to remove it. Where the guide is large it also offers one section.
 */
import { fillPlaceholders } from '../search/text.ts';
import { formatBytes, formatPercent, formatSavedDate } from './format.ts';
import { fetchManifest, readSaved, removeGuide, saveGuide, type SavedGuide } from './guide-cache.ts';
import { largeGuideBytes } from './guide-manifest.ts';
import { offlineUpdateMessage, serviceWorkerUrl } from './offline-paths.ts';
import type { OfflineStrings } from './control-config.ts';


class OfflineGuide extends HTMLElement {
  #lang = '';
  #locale = '';
  #bytes = 0;
  #strings!: OfflineStrings;
  #busy = false;

  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      // The stylesheet shows the control wherever scripts run; here it could not save anything.
      this.dataset['unsupported'] = '';
      return;
    }
    this.#lang = this.dataset['guideLang'] ?? '';
    this.#locale = this.dataset['locale'] ?? this.#lang;
    this.#bytes = Number(this.dataset['guideBytes'] ?? 0);
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as OfflineStrings;
    this.hidden = false;

    // The size text is in the page already: the build wrote it (src/offline/built-files-fs.ts), so
    // showing the control needs no Intl, whose first use costs a page about 45 ms.
    this.#button('save').addEventListener('click', () => void this.#save(null));
    this.#button('remove').addEventListener('click', () => void this.#remove());
    // Only the home page's control offers single sections; the footer's stays short.
    const sections = this.querySelector<HTMLDetailsElement>('[data-part="sections"]');
    if (sections) {
      sections.hidden = this.#bytes < largeGuideBytes;
      sections.addEventListener('toggle', () => void this.#listSections(), { once: true });
      this.#button('save-section').addEventListener('click', () => void this.#save(this.#part<HTMLSelectElement>('section').value || null));
    }

    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; lang?: string }>) => {
      if (event.data?.type === offlineUpdateMessage && event.data.lang === this.#lang) void this.#showSaved();
    });
    void this.#showSaved();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #button(name: string): HTMLButtonElement {
    return this.#part<HTMLButtonElement>(name);
  }

  #status(text: string): void {
    this.#part('status').textContent = text;
  }

  async #showSaved(announce = ''): Promise<void> {
    const saved = await readSaved(this.#lang);
    this.#render(saved);
    if (saved) this.#status(this.#savedText(saved));
    else this.#status(announce);
  }

  #savedText(saved: SavedGuide): string {
    if (saved.updatedAt) return fillPlaceholders(this.#strings.updatedOn, { date: formatSavedDate(new Date(saved.updatedAt), this.#locale) });
    const date = formatSavedDate(new Date(saved.savedAt), this.#locale);
    if (saved.section === null || !this.#strings.sectionSavedOn) return fillPlaceholders(this.#strings.savedOn, { date });
    return fillPlaceholders(this.#strings.sectionSavedOn, { date, section: saved.sectionTitle ?? saved.section });
  }

  #render(saved: SavedGuide | undefined): void {
    const save = this.#button('save');
    save.hidden = saved?.section === null;
    save.textContent = saved ? (this.#strings.saveWhole ?? this.#strings.save) : this.#strings.save;
    this.#button('remove').hidden = !saved;
    this.#part('size').hidden = saved?.section === null;
    for (const button of this.querySelectorAll('button')) button.disabled = this.#busy;
  }

  async #listSections(): Promise<void> {
    const select = this.#part<HTMLSelectElement>('section');
    try {
      const manifest = await fetchManifest(this.#lang);
      select.replaceChildren(
        ...manifest.sections.map((section) =>
          new Option(fillPlaceholders(this.#strings.sectionOption ?? '{{section}}', { section: section.title, size: formatBytes(section.transferBytes, this.#locale) }), section.id),
        ),
      );
    } catch {
      this.#status(this.#strings.failed);
    }
  }

  async #save(section: string | null): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#render(undefined);
    const progress = this.#part<HTMLProgressElement>('progress');
    progress.hidden = false;
    progress.value = 0;
    try {
      await navigator.serviceWorker.register(serviceWorkerUrl, { scope: '/' });
      let lastAnnounced = -1;
      await saveGuide(this.#lang, section, (done, total) => {
        progress.max = Math.max(total, 1);
        progress.value = done;
        // Screen readers hear every tenth; the bar moves with every file.
        const tenth = Math.floor((done / Math.max(total, 1)) * 10);
        if (tenth !== lastAnnounced) {
          lastAnnounced = tenth;
          this.#status(fillPlaceholders(this.#strings.saving, { percent: formatPercent(done, total, this.#locale) }));
        }
      });
      // Pages read offline only once the worker runs.
      await navigator.serviceWorker.ready;
      this.#busy = false;
      await this.#showSaved();
    } catch {
      this.#busy = false;
      this.#render(await readSaved(this.#lang));
      this.#status(this.#strings.failed);
    } finally {
      progress.hidden = true;
    }
  }

  async #remove(): Promise<void> {
    if (this.#busy) return;
    const nothingLeft = await removeGuide(this.#lang);
    if (nothingLeft) {
      // With no guide saved, the worker has nothing to do: it goes too.
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    }
    await this.#showSaved(this.#strings.removed);
  }
}

customElements.define('offline-guide', OfflineGuide);

/** On the offline page, list only the parts of the guide that are saved (one section may be). */
async function hideUnsavedLinks(): Promise<void> {
  if (!('caches' in window)) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.offline-saved a')) {
    if (!(await caches.match(link.pathname))) link.closest('li')!.hidden = true;
  }
}
void hideUnsavedLinks();
