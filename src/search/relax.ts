/**
 * Forgiving search: Pagefind only returns pages holding every query word, so "lost my LMA
 * card" finds nothing when one word is missing from the page. When the whole query finds
 * little, the search box also searches each meaningful word on its own and merges the lists
 * here: pages matching more of the query words rank above pages matching fewer, and among
 * those, rarer words (found on fewer pages) count for more. Pure, so it is unit-tested.
 */
import { foldForSearch, wordsOf } from './normalise.ts';

/** A page Pagefind found, by its result id, with Pagefind's score for that search. */
export interface Hit {
  id: string;
  score: number;
}

export interface RankedHit {
  id: string;
  /** How many of the query's meaningful words the page matched. */
  matched: number;
  score: number;
}

/** Below this many pages for the whole query, the words are searched one by one as well. */
export const relaxBelow = 5;

/**
 * The query folded and split into words, without the words too common to mean anything on
 * their own (the vocabulary's `ignore` list) and without one-letter words. Keeps every word
 * when all of them are common, so "how to" still searches something.
 */
export function meaningfulWords(query: string, lang: string, ignore: ReadonlySet<string>): string[] {
  const words = [...new Set(wordsOf(foldForSearch(query, lang)))];
  const meaningful = words.filter((word) => [...word].length > 1 && !ignore.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** Folds the ignore list the same way queries are folded, so both compare equal. */
export function ignoreSet(words: readonly string[], lang: string): Set<string> {
  return new Set(words.map((word) => foldForSearch(word, lang)));
}

/** Languages Pagefind has a stemmer for; in the others, word endings are trimmed by hand. */
const stemmedLanguages = new Set(['sv', 'en', 'ar', 'ru']);

/**
 * Shorter forms to try when a word finds nothing in a language without a stemmer: Pagefind
 * matches word beginnings, so "робота" trimmed to "робот" finds "роботу" and "роботи".
 * Never shorter than four letters, which would match unrelated words.
 */
export function shorterForms(word: string, lang: string): string[] {
  if (stemmedLanguages.has(lang)) return [];
  const letters = [...word];
  const forms: string[] = [];
  for (let cut = 1; cut <= 2 && letters.length - cut >= 4; cut += 1) forms.push(letters.slice(0, -cut).join(''));
  return forms;
}

/**
 * The form a word is searched in. Languages without a stemmer get a crude one: a word of six
 * letters or more loses its last letter, and Pagefind's prefix matching finds the other endings
 * ("шведську" → "шведськ" finds "шведська", "шведської").
 */
export function searchForm(word: string, lang: string): string {
  if (stemmedLanguages.has(lang)) return word;
  // Ukrainian verbs come in pairs that differ before the infinitive ending ("вивчити",
  // "вивчати": to learn): searching the stem finds both, and the nouns ("вивчення").
  const ukrainianStem = lang === 'uk' ? /^(.{4,}?)(?:ювати|увати|ити|ати|яти|іти|ути)$/u.exec(word)?.[1] : undefined;
  if (ukrainianStem) return ukrainianStem;
  const letters = [...word];
  return letters.length >= 6 && /\p{L}$/u.test(word) ? letters.slice(0, -1).join('') : word;
}

/**
 * Merges the pages the whole query found with those each word found alone. Pages found by the
 * whole query match every word and keep Pagefind's order at the top; the rest are ordered by
 * how many words they matched, then by the sum of each word's score (scaled to that word's best
 * page) weighted by how rare the word is.
 */
export function mergeRelaxed(whole: readonly Hit[], perWord: readonly (readonly Hit[])[]): RankedHit[] {
  const wordCount = perWord.length;
  const ranked = new Map<string, RankedHit>();
  whole.forEach((hit, index) => ranked.set(hit.id, { id: hit.id, matched: Math.max(wordCount, 1), score: Number.MAX_SAFE_INTEGER - index }));
  for (const hits of perWord) {
    if (hits.length === 0) continue;
    const best = Math.max(...hits.map((hit) => hit.score), Number.EPSILON);
    const rarity = Math.log(1 + 40 / hits.length);
    for (const hit of hits) {
      if (whole.some((found) => found.id === hit.id)) continue;
      const entry = ranked.get(hit.id) ?? { id: hit.id, matched: 0, score: 0 };
      entry.matched += 1;
      entry.score += rarity * (hit.score / best);
      ranked.set(hit.id, entry);
    }
  }
  return [...ranked.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
}

/**
 * The first results with the glossary moved below the other pages that match as many query
 * words: the glossary names nearly every term in a line or two, so it matches most queries,
 * while the page about the thing explains it. It stays in the list (readers looking for a
 * definition still see it), only not above the page that answers.
 */
export function glossaryBelowAnswers<Page extends { matched: number }>(pages: readonly Page[], isGlossary: (page: Page) => boolean): Page[] {
  const index = pages.findIndex(isGlossary);
  if (index === -1) return [...pages];
  const glossary = pages[index]!;
  const rest = pages.filter((_, position) => position !== index);
  let at = index;
  while (at < rest.length && rest[at]!.matched >= glossary.matched) at += 1;
  return [...rest.slice(0, at), glossary, ...rest.slice(at)];
}
