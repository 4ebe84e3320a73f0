/**
 * <site-search>: the search box of a search page. It starts Pagefind and the index of the
 * page's language when the reader focuses the box (the page has fetched their files), searches
 * forgivingly (pagefind-client.ts). When that finds nothing and a spelling the site uses
 * (suggest.ts) finds something, it shows those results at once, saying so, with a link to
 * search the query as typed; otherwise it offers results from the Swedish and English indexes,
 * labelled in the reader's language; when nothing is found anywhere, it says how to search
 * differently and offers the glossary and the sections.
 * Without this script the page still works: it says that search needs JavaScript and lists
 * the sections.
 */
import type { OtherSearchLanguage, SearchConfig } from '../site/view.ts';
import { asTypedFromSearch, asTypedParam, fillPlaceholders, pluralText, queryFromSearch, searchAddress, urlInLanguage } from './text.ts';
import { LanguageIndex, type PagefindResultData } from './pagefind-client.ts';
import { ignoreSet } from './relax.ts';
import { spellingSuggestion, spellingWordsUrl } from './suggest.ts';

const maxResults = 10;

class SiteSearch extends HTMLElement {
  #config!: SearchConfig;
  #indexes = new Map<string, LanguageIndex>();
  #searchId = 0;
  #debounce: number | undefined;
  /** The term of the latest search, so the same words are not searched twice in a row. */
  #lastTerm: string | undefined;
  /** The words the site knows in the reader's language, fetched the first time a search finds nothing. */
  #knownWords: Promise<string[]> | undefined;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset.config ?? '{}') as SearchConfig;
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    this.querySelector<HTMLElement>('.search-without-script')?.setAttribute('hidden', '');
    form.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // The typing that led here may have a search pending: run once, not twice, so a screen
      // reader hears the count once.
      window.clearTimeout(this.#debounce);
      this.#searchIfChanged(input.value);
    });
    input.addEventListener('input', () => {
      this.#index(this.#config.lang, this.#config.htmlLang).preloadQuery(input.value);
      window.clearTimeout(this.#debounce);
      this.#debounce = window.setTimeout(() => this.#searchIfChanged(input.value), 300);
    });

    // Start Pagefind (compile its WebAssembly, read the index metadata) when the reader taps the
    // box, while they type. Its files are already fetched by the page's preload hints
    // (search-preloads.ts); doing this work on idle as well blocked the main thread for
    // seconds on a slow phone right after loading (Lighthouse's total blocking time).
    const warmUp = () => this.#index(this.#config.lang, this.#config.htmlLang).warmUp();
    input.addEventListener('focus', warmUp, { once: true });

    const initial = queryFromSearch(window.location.search);
    if (initial) {
      input.value = initial;
      void this.run(initial, asTypedFromSearch(window.location.search));
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

  #index(lang: string, htmlLang: string): LanguageIndex {
    let index = this.#indexes.get(htmlLang);
    if (!index) {
      index = new LanguageIndex(lang, htmlLang, ignoreSet(this.#config.ignore[lang] ?? [], lang));
      this.#indexes.set(htmlLang, index);
    }
    return index;
  }

  /** The number of pages found, and the data of the first few to show; `onFirst` gets the first early. */
  async #search(lang: string, htmlLang: string, term: string, onFirst?: (shown: PagefindResultData[]) => void): Promise<{ total: number; shown: PagefindResultData[] }> {
    const { total, pages } = await this.#index(lang, htmlLang).search(term, maxResults, onFirst && ((first) => onFirst(first.pages.map((page) => page.data))));
    return { total, shown: pages.map((page) => page.data) };
  }

  /** Searches `rawTerm`; `asTyped` when the reader declined the suggested spelling's results. */
  async run(rawTerm: string, asTyped = false): Promise<void> {
    const term = rawTerm.trim();
    this.#lastTerm = term;
    const searchId = ++this.#searchId;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    const other = this.querySelector<HTMLElement>('.search-other')!;
    const help = this.querySelector<HTMLElement>('.search-help');
    if (help) help.hidden = true;
    const suggestion = this.querySelector<HTMLElement>('.search-suggestion');
    if (suggestion) suggestion.hidden = true;
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    if (asTyped) url.searchParams.set(asTypedParam, '1');
    else url.searchParams.delete(asTypedParam);
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
    // The first results go on screen as soon as they arrive; the count is announced once, at the end.
    const { total, shown } = await this.#search(this.#config.lang, this.#config.htmlLang, term, (first) => {
      if (searchId === this.#searchId) list.replaceChildren(...first.map((result) => this.#item(result, result.url)));
    });
    if (searchId !== this.#searchId) return;

    list.replaceChildren(...shown.map((result) => this.#item(result, result.url)));
    const count = pluralText(this.#config.results, total, this.#config.intlLocale);
    if (total > 0) {
      status.textContent = count;
      other.hidden = true;
      this.removeAttribute('aria-busy');
      return;
    }

    // Nothing in the reader's language: a spelling that finds something, and the Swedish and English
    // indexes. Offline, a saved guide holds only its own language's index: an index that cannot
    // load is left out and said. Both start at once; the other languages are only waited for
    // when the suggested spelling finds nothing.
    const otherListsFound = Promise.all(
      this.#config.otherLanguages.map(async (language) => ({ language, found: await this.#search(language.code, language.htmlLang, term).catch(() => undefined) })),
    );
    const fromSuggestion = await this.#suggestion(term);
    if (searchId !== this.#searchId) return;
    const noResults = fillPlaceholders(this.#config.noResults, { query: term });
    if (fromSuggestion && !asTyped) {
      // A query with an answer on the site never comes back empty: the results of the spelling the
      // site uses, said once with their count, and a link for readers who meant what they typed.
      const showing = fillPlaceholders(this.#config.showingResultsFor, { query: fromSuggestion.suggested });
      list.replaceChildren(...fromSuggestion.shown.map((result) => this.#item(result, result.url)));
      if (suggestion) this.#showSuggestedResults(suggestion, showing, term);
      status.textContent = `${noResults} ${showing} ${pluralText(this.#config.results, fromSuggestion.total, this.#config.intlLocale)}`;
      other.hidden = true;
      this.removeAttribute('aria-busy');
      return;
    }
    const suggested = fromSuggestion?.suggested;
    if (suggestion && suggested) this.#showSuggestion(suggestion, suggested);
    const otherLists = await otherListsFound;
    if (searchId !== this.#searchId) return;
    const otherItems = otherLists.flatMap(({ language, found }) =>
      (found?.shown ?? []).map((result) => this.#item(result, urlInLanguage(result.url, this.#config.lang), language)),
    );
    const unreachable = otherLists.filter(({ found }) => found === undefined).map(({ language }) => language);
    const needsConnection = unreachable.length === 0 ? '' : unreachable.length > 1 ? this.#config.otherNeedConnection : unreachable[0]!.needsConnection;
    const didYouMean = suggested ? ` ${this.#config.didYouMean} ${suggested}` : '';
    const found = otherItems.length > 0 ? `${noResults}${didYouMean} ${other.querySelector('h2')?.textContent ?? ''}: ${pluralText(this.#config.results, otherItems.length, this.#config.intlLocale)}` : `${noResults}${didYouMean}`;
    status.textContent = needsConnection ? `${found} ${needsConnection}` : found;
    other.querySelector('ol')!.replaceChildren(...otherItems);
    other.hidden = otherItems.length === 0;
    // Nothing anywhere: never a dead end — how to search differently, the glossary, the sections.
    if (help) help.hidden = otherItems.length > 0;
    this.removeAttribute('aria-busy');
  }

  /**
   * The query with its unknown words replaced by the closest words the site knows, when that
   * finds something in the reader's language; the word list is fetched once, only when needed.
   */
  async #suggestion(term: string): Promise<{ suggested: string; total: number; shown: PagefindResultData[] } | undefined> {
    const { lang, htmlLang } = this.#config;
    this.#knownWords ??= fetch(spellingWordsUrl(htmlLang))
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    const suggested = spellingSuggestion(term, lang, await this.#knownWords);
    if (!suggested) return undefined;
    const found = await this.#search(lang, htmlLang, suggested);
    return found.total > 0 ? { suggested, ...found } : undefined;
  }

  /**
   * "Showing results for <suggestion>. Search instead for what you typed: <a>…</a>": the link
   * works as a plain search URL (`as-typed=1`), and searches in place without the suggestion.
   */
  #showSuggestedResults(paragraph: HTMLElement, showing: string, typed: string): void {
    const line = document.createElement('span');
    line.className = 'search-showing';
    line.textContent = showing;
    paragraph.replaceChildren(line, document.createElement('br'), `${this.#config.searchInstead} `, this.#searchLink(typed, true));
    paragraph.hidden = false;
  }

  /** "Did you mean: <a>…</a>": a link that works as a plain search URL, and searches in place. */
  #showSuggestion(paragraph: HTMLElement, suggested: string): void {
    paragraph.replaceChildren(`${this.#config.didYouMean} `, this.#searchLink(suggested, false));
    paragraph.hidden = false;
  }

  /** A link that searches `query` (as typed, when `asTyped`): a plain search address that also searches in place. */
  #searchLink(query: string, asTyped: boolean): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = searchAddress(window.location.pathname, query, asTyped);
    link.textContent = query;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const input = this.querySelector('input')!;
      input.value = query;
      input.focus();
      void this.run(query, asTyped);
    });
    return link;
  }

  #item(result: PagefindResultData, href: string, language?: OtherSearchLanguage): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = result.meta.title ?? href;
    const sectionSlug = new URL(href, window.location.href).pathname.split('/')[2] ?? '';
    const section = this.#config.sections[sectionSlug];
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
      item.append(' ', label);
    }
    item.prepend(link);
    // The section the result belongs to, unless the result is the section's own page.
    if (section && !href.endsWith(`/${sectionSlug}/`)) {
      const sectionLabel = document.createElement('span');
      sectionLabel.className = 'search-section';
      sectionLabel.textContent = section;
      item.append(' ', sectionLabel);
    }
    item.append(excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
