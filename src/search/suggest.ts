/**
 * "Did you mean …?": when a query finds nothing, each word the language's site does not know is
 * replaced by the closest word it does know (fewest typing mistakes, then the more common word).
 * The known words are a small list per language written at build time (spellingWordList, from
 * the indexed pages and the search vocabulary), so the suggestion costs one small file and no
 * request to anyone else. Pure, so it is unit-tested.
 */
import { foldForSearch, wordsOf } from './normalise.ts';

/** Shorter words than this are not corrected: too many words are one letter away from them. */
const shortestCorrected = 3;
/** How many words a language's list keeps at most (the most common first). */
export const wordListLimit = 8000;

/** The typing mistakes a word of this length may contain and still be recognised. */
export function allowedMistakes(word: string): number {
  const length = [...word].length;
  if (length < shortestCorrected) return 0;
  return length <= 5 ? 1 : 2;
}

/**
 * Edit distance counting a letter added, dropped, changed, or two neighbouring letters swapped
 * (optimal string alignment), computed on code points. Returns `limit + 1` as soon as the
 * distance is sure to exceed `limit`, which keeps a search over thousands of words fast.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const left = [...a];
  const right = [...b];
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = right.map((_, index) => index + 1);
  previous.unshift(0);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * The known word closest to `word`, or undefined when none is within the allowed mistakes.
 * `known` is ordered most common first, so on a tie the more common word wins. Both are folded.
 */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  const limit = allowedMistakes(word);
  if (limit === 0) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, best ? Math.min(limit, best.distance - 1) : limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/**
 * The query with every unknown word replaced by its closest known word, or undefined when no
 * word changed (nothing to suggest). Words are compared folded, as the index compares them, and
 * a replacement is written as the pages write it (`known` holds the pages' spellings).
 */
export function spellingSuggestion(query: string, lang: string, known: readonly string[]): string | undefined {
  const spelledAs = new Map<string, string>();
  for (const word of known) {
    const folded = foldForSearch(word, lang);
    if (!spelledAs.has(folded)) spelledAs.set(folded, word);
  }
  const foldedKnown = [...spelledAs.keys()];
  let changed = false;
  const corrected = wordsOf(foldForSearch(query, lang)).map((word) => {
    if (spelledAs.has(word)) return word;
    const closest = closestWord(word, foldedKnown);
    if (closest === undefined) return word;
    changed = true;
    return spelledAs.get(closest)!;
  });
  return changed ? corrected.join(' ') : undefined;
}

/**
 * The word list of one language, written at build time: the words of its indexed pages and its
 * search vocabulary, most common first, each once (by folded form, in the spelling the pages use
 * most), lowercased, without numbers and very short words, at most `wordListLimit` of them.
 * `texts` are the pages' indexed text and the vocabulary phrases.
 */
export function spellingWordList(texts: readonly string[], lang: string, limit = wordListLimit): string[] {
  const counter = new SpellingCounter(lang);
  for (const text of texts) counter.add(text);
  return counter.wordList(limit);
}

/**
 * `spellingWordList` one text at a time: the build adds each page as it indexes it, so no
 * language's texts are held in memory, and each distinct word is folded once, not at every
 * occurrence.
 */
export class SpellingCounter {
  readonly #lang: string;
  /**
   * Each spelling seen (lowercased), with its folded form and how often it occurred, or null
   * for words the list leaves out. One lookup per occurrence: words are grouped by their folded
   * form only when the list is made.
   */
  readonly #seen = new Map<string, { folded: string; uses: number } | null>();

  constructor(lang: string) {
    this.#lang = lang;
  }

  add(text: string): void {
    for (const word of wordsOf(text.toLowerCase())) {
      let seen = this.#seen.get(word);
      if (seen === undefined) {
        seen = [...word].length < shortestCorrected || /^[\p{N}\-']+$/u.test(word) ? null : { folded: foldForSearch(word, this.#lang), uses: 0 };
        this.#seen.set(word, seen);
      }
      if (seen !== null) seen.uses += 1;
    }
  }

  wordList(limit = wordListLimit): string[] {
    // Per folded form: how often any of its spellings occurred, and the spelling used most.
    const byFolded = new Map<string, { count: number; spelling: string; spellingUses: number }>();
    for (const [word, seen] of this.#seen) {
      if (seen === null) continue;
      const entry = byFolded.get(seen.folded);
      if (!entry) byFolded.set(seen.folded, { count: seen.uses, spelling: word, spellingUses: seen.uses });
      else {
        entry.count += seen.uses;
        if (seen.uses > entry.spellingUses || (seen.uses === entry.spellingUses && compare(word, entry.spelling) < 0)) {
          entry.spelling = word;
          entry.spellingUses = seen.uses;
        }
      }
    }
    return [...byFolded.entries()]
      .sort((a, b) => b[1].count - a[1].count || compare(a[0], b[0]))
      .slice(0, limit)
      .map(([, entry]) => entry.spelling);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a language's word list is published, by its `<html lang>` (as Pagefind names indexes). */
export function spellingWordsUrl(htmlLang: string): string {
  return `/pagefind/spelling-${htmlLang.toLowerCase()}.json`;
}
