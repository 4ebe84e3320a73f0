/**
 * The search box's side of Pagefind (browser only): loads Pagefind and one language's index
 * once, early (when the reader focuses the box), and searches forgivingly — the query folded as
 * the index was (normalise.ts), and when the whole query finds little, each meaningful word on
 * its own, merged by relax.ts. Result data is fetched once per page and reused.
 */
import { glossaryBelowAnswers, meaningfulWords, mergeRelaxed, relaxBelow, searchForm, shorterForms, type Hit } from './relax.ts';
import { termsField, vocabularyField } from './index-terms.ts';
import { entryHintAttribute } from './search-preloads.ts';
import { glossaryId } from '../site/glossary.ts';
import { pageUrl } from '../site/routes.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const pagefindUrl = '/pagefind/pagefind.js';
let pagefindModule: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  pagefindModule ??= import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>;
  return pagefindModule;
}

/**
 * The tag of the entry file the search page's preload hint fetched (search-preloads.ts), so
 * Pagefind asks for that same URL and finds it already here, instead of `?ts=<now>`.
 */
function entryCacheTag(): { metaCacheTag?: string } {
  const hint = document.querySelector<HTMLLinkElement>(`link[${entryHintAttribute}]`);
  const tag = hint ? new URL(hint.href).searchParams.get('ts') : null;
  return tag ? { metaCacheTag: tag } : {};
}

/** How many results are shown before the rest of the list has arrived. */
const firstBatch = 3;

export interface FoundPage {
  data: PagefindResultData;
  /** How many of the query's meaningful words the page matched. */
  matched: number;
}

export class LanguageIndex {
  readonly #htmlLang: string;
  readonly #lang: string;
  readonly #ignore: ReadonlySet<string>;
  #instance: Promise<PagefindInstance> | undefined;
  readonly #data = new Map<string, Promise<PagefindResultData>>();

  /** `lang` is the site's language code (folding rules), `htmlLang` picks Pagefind's index. */
  constructor(lang: string, htmlLang: string, ignore: ReadonlySet<string>) {
    this.#lang = lang;
    this.#htmlLang = htmlLang;
    this.#ignore = ignore;
  }

  /**
   * Pagefind picks the index from `<html lang>` when an instance is created, so to search the
   * Swedish or English index from another language's page, the attribute is swapped for that
   * one synchronous call. `noWorker`: on a slow connection Pagefind's worker gives up after 5 s
   * and starts again on the main thread, fetching every file a second time.
   */
  #load(): Promise<PagefindInstance> {
    this.#instance ??= loadPagefind().then((module) => {
      const root = document.documentElement;
      const original = root.getAttribute('lang') ?? '';
      root.setAttribute('lang', this.#htmlLang);
      try {
        return module.createInstance({ basePath: '/pagefind/', excerptLength: 24, noWorker: true, ranking: { metaWeights: { title: 5, [termsField]: 8, [vocabularyField]: 20 } }, ...entryCacheTag() });
      } finally {
        root.setAttribute('lang', original);
      }
    });
    return this.#instance;
  }

  /** Starts fetching Pagefind, the index's metadata and its search code; safe to call often. */
  warmUp(): void {
    void this.#load().then((instance) => instance.preload(''));
  }

  /**
   * Fetches the index chunks a query will need while the reader is still typing it, so that
   * pressing Search finds them already here. Pagefind fetches each chunk once.
   */
  preloadQuery(query: string): void {
    // A word's first letters can span several chunks: wait for three, which rarely do.
    const words = meaningfulWords(query, this.#lang, this.#ignore)
      .filter((word) => [...word].length >= 3)
      .map((word) => searchForm(word, this.#lang));
    if (words.length > 0) void this.#load().then((instance) => instance.preload(words.join(' ')));
  }

  async #hits(term: string): Promise<PagefindResult[]> {
    try {
      return (await (await this.#load()).search(term))?.results ?? [];
    } catch (error) {
      // An index that could not load (offline, not saved) is tried afresh next time.
      this.#instance = undefined;
      throw error;
    }
  }

  /** A word alone; in languages without a stemmer, a shorter form when the word finds nothing. */
  async #wordHits(word: string): Promise<PagefindResult[]> {
    const hits = await this.#hits(word);
    if (hits.length > 0) return hits;
    for (const shorter of shorterForms(word, this.#lang)) {
      const found = await this.#hits(shorter);
      if (found.length > 0) return found;
    }
    return [];
  }

  #dataOf(result: PagefindResult): Promise<PagefindResultData> {
    let data = this.#data.get(result.id);
    if (!data) {
      data = result.data();
      this.#data.set(result.id, data);
    }
    return data;
  }

  /**
   * The pages found, best first: the total, and the data of the first `shown`. `onFirst` gets
   * the first few as soon as their data has arrived, so a slow phone shows something early.
   */
  async search(query: string, shown: number, onFirst?: (first: { total: number; pages: FoundPage[] }) => void): Promise<{ total: number; pages: FoundPage[] }> {
    const words = meaningfulWords(query, this.#lang, this.#ignore).map((word) => searchForm(word, this.#lang));
    if (words.length === 0) return { total: 0, pages: [] };
    const whole = await this.#hits(words.join(' '));
    let ranked: { id: string; matched: number }[] = whole.map((hit) => ({ id: hit.id, matched: words.length }));
    const byId = new Map(whole.map((hit) => [hit.id, hit]));
    if (whole.length < relaxBelow && words.length > 1) {
      const perWord = await Promise.all(words.map((word) => this.#wordHits(word)));
      for (const hits of perWord) for (const hit of hits) byId.set(hit.id, hit);
      const asHits = (results: PagefindResult[]): Hit[] => results.map((result) => ({ id: result.id, score: result.score }));
      ranked = mergeRelaxed(asHits(whole), perWord.map(asHits));
    } else if (whole.length === 0) {
      ranked = (await this.#wordHits(words[0]!)).map((hit) => {
        byId.set(hit.id, hit);
        return { id: hit.id, matched: 1 };
      });
    }
    const pageOf = async (hit: { id: string; matched: number }): Promise<FoundPage> => ({ data: await this.#dataOf(byId.get(hit.id)!), matched: hit.matched });
    // On a slow connection the first few pages' data must not share the line with the rest:
    // they are fetched first, shown, and only then the others are fetched.
    // Among those, the glossary goes below the pages that answer as well (relax.ts).
    const glossaryUrl = pageUrl(this.#lang, glossaryId);
    const first = glossaryBelowAnswers(await Promise.all(ranked.slice(0, Math.min(shown, firstBatch)).map(pageOf)), (page) => page.data.url === glossaryUrl);
    if (onFirst && ranked.length > firstBatch && shown > firstBatch) onFirst({ total: ranked.length, pages: first });
    const rest = await Promise.all(ranked.slice(firstBatch, shown).map(pageOf));
    return { total: ranked.length, pages: [...first, ...rest] };
  }
}
