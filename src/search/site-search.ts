/**
 * <site-search>: the search box of a search page. It loads Pagefind only when the reader
 * searches, searches the index of the page's language, and when that finds nothing offers
 * results from the Swedish and English indexes, marked as another language. Without this
 * script the page still works: it tells the reader that search needs JavaScript and lists
 * the sections.
 */
import type { OtherSearchLanguage, SearchConfig } from '../site/view.ts';
import { fillPlaceholders, pluralText, queryFromSearch, urlInLanguage } from './text.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; excerptLength?: number }): PagefindInstance;
}

const maxResults = 10;
const pagefindUrl = '/pagefind/pagefind.js';
let pagefindModule: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  pagefindModule ??= import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>;
  return pagefindModule;
}

/**
 * Pagefind picks the index from `<html lang>` when an instance is created. To search the
 * Swedish or English index from another language's page, the attribute is swapped for that
 * one synchronous call and put back before the browser renders again.
 */
function createInstanceFor(module: PagefindModule, htmlLang: string): PagefindInstance {
  const root = document.documentElement;
  const original = root.getAttribute('lang') ?? '';
  root.setAttribute('lang', htmlLang);
  try {
    return module.createInstance({ basePath: '/pagefind/', excerptLength: 24 });
  } finally {
    root.setAttribute('lang', original);
  }
}

class SiteSearch extends HTMLElement {
  #config!: SearchConfig;
  #instances = new Map<string, PagefindInstance>();
  #searchId = 0;
  #debounce: number | undefined;
  /** The term of the latest search, so the same words are not searched twice in a row. */
  #lastTerm: string | undefined;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset.config ?? '{}') as SearchConfig;
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    this.querySelector<HTMLElement>('.search-without-script')?.setAttribute('hidden', '');
    form.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.#debounce);
      this.#searchIfChanged(input.value);
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.#debounce);
      this.#debounce = window.setTimeout(() => this.#searchIfChanged(input.value), 300);
    });

    const initial = queryFromSearch(window.location.search);
    if (initial) {
      input.value = initial;
      void this.run(initial);
    }
  }

  /**
   * Typing searches after a pause, and Enter searches at once. Enter after that pause, or a
   * pause after Enter, would search for the same words again and make a screen reader announce
   * the count twice: a term already searched is not searched again.
   */
  #searchIfChanged(value: string): void {
    if (value.trim() === this.#lastTerm) return;
    void this.run(value);
  }

  async #instance(htmlLang: string): Promise<PagefindInstance> {
    let instance = this.#instances.get(htmlLang);
    if (!instance) {
      instance = createInstanceFor(await loadPagefind(), htmlLang);
      this.#instances.set(htmlLang, instance);
    }
    return instance;
  }

  /** The number of pages found, and the data of the first few to show. */
  async #search(htmlLang: string, term: string): Promise<{ total: number; shown: PagefindResultData[] }> {
    const found = (await (await this.#instance(htmlLang)).search(term))?.results ?? [];
    return { total: found.length, shown: await Promise.all(found.slice(0, maxResults).map((result) => result.data())) };
  }

  async run(rawTerm: string): Promise<void> {
    const term = rawTerm.trim();
    this.#lastTerm = term;
    const searchId = ++this.#searchId;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    const other = this.querySelector<HTMLElement>('.search-other')!;
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);

    if (!term) {
      status.textContent = '';
      list.replaceChildren();
      other.hidden = true;
      this.removeAttribute('aria-busy');
      return;
    }
    // aria-busy says a search is running; tests and assistive technology wait on it, not on the text.
    this.setAttribute('aria-busy', 'true');
    status.textContent = this.#config.loading;
    const { total, shown } = await this.#search(document.documentElement.lang, term);
    if (searchId !== this.#searchId) return;

    list.replaceChildren(...shown.map((result) => this.#item(result, result.url)));
    const count = pluralText(this.#config.results, total, this.#config.intlLocale);
    if (total > 0) {
      status.textContent = count;
      other.hidden = true;
      this.removeAttribute('aria-busy');
      return;
    }

    // Nothing in the reader's language: offer the Swedish and English indexes.
    const otherLists = await Promise.all(this.#config.otherLanguages.map(async (language) => ({ language, found: await this.#search(language.htmlLang, term) })));
    if (searchId !== this.#searchId) return;
    const otherItems = otherLists.flatMap(({ language, found }) =>
      found.shown.map((result) => this.#item(result, urlInLanguage(result.url, this.#config.lang), language)),
    );
    const noResults = fillPlaceholders(this.#config.noResults, { query: term });
    status.textContent = otherItems.length > 0 ? `${noResults} ${other.querySelector('h2')?.textContent ?? ''}: ${pluralText(this.#config.results, otherItems.length, this.#config.intlLocale)}` : noResults;
    other.querySelector('ol')!.replaceChildren(...otherItems);
    other.hidden = otherItems.length === 0;
    this.removeAttribute('aria-busy');
  }

  #item(result: PagefindResultData, href: string, language?: OtherSearchLanguage): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = result.meta.title ?? href;
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped page text with <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    if (language) {
      link.lang = language.htmlLang;
      excerpt.lang = language.htmlLang;
      link.dir = language.dir;
      excerpt.dir = language.dir;
      link.dataset.script = language.script;
      excerpt.dataset.script = language.script;
      const label = document.createElement('span');
      label.className = 'search-language';
      label.textContent = language.label;
      item.append(label, ' ');
    }
    item.prepend(link);
    item.append(excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
