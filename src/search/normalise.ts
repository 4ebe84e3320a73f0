/**
 * What readers type, folded to one spelling per language, so that a query and a page meet even
 * when the reader's keyboard writes a letter differently from the page. The same functions run
 * when the index is built (src/integrations/pagefind.ts adds the folded form of every page word
 * that folding changes) and in the search box (src/search/site-search.ts folds the query), so
 * both sides agree by construction.
 *
 * Pagefind itself already lowercases and strips combining marks (so "körkort" meets "korkort",
 * "ё" meets "е", and Arabic harakat and hamza-on-alef vanish). What it does not do, and we do:
 * - Arabic-script letters that are different code points for the same sound on different
 *   keyboards: ي/ی/ى, ك/ک, ه/ة/ە/ۀ/ھ. Each language folds to the letter its own texts use, so
 *   its pages need few extra index words (Arabic to ي ك ه, Persian, Dari and Pashto to ی ک ه,
 *   Sorani to ی ک ە).
 * - Tatweel (ـ, a stretching stroke), zero-width joiners, and Persian or Arabic-Indic digits
 *   (۱۸, ١٨ → 18).
 * - Latin letters with diacritics on non-Latin sites (see foldLatin).
 *
 * Swedish å, ä, ö: Pagefind before 1.5 split a query at them on indexes of other scripts, so
 * "föräldrar" on the Arabic site searched "f", "r" and "ldrar". Pagefind 1.5+ strips combining
 * marks on both sides instead (NFD), which makes å/ä/ö meet a/a/o in every index; the browser
 * test "å, ä and ö …" in tests/e2e/search.spec.ts keeps that true if Pagefind changes again.
 */

/** Languages whose texts use the Arabic script, and the letters each folds to. */
const arabicScriptTargets: Record<string, { yeh: string; kaf: string; heh: string }> = {
  ar: { yeh: 'ي', kaf: 'ك', heh: 'ه' },
  fa: { yeh: 'ی', kaf: 'ک', heh: 'ه' },
  prs: { yeh: 'ی', kaf: 'ک', heh: 'ه' },
  ps: { yeh: 'ی', kaf: 'ک', heh: 'ه' },
  ckb: { yeh: 'ی', kaf: 'ک', heh: 'ە' },
};

const yehVariants = /[يیىې]/gu;
const kafVariants = /[كکڪ]/gu;
// Sorani keeps ه (h) and ە (e) apart, but readers on Arabic or Persian keyboards type ه or ة
// for both; folding them together costs Sorani readers little and finds their words.
const hehVariants = /[هةەۀھ]/gu;
// Pashto's ې and ۍ are letters of their own; only Arabic-keyboard stand-ins are folded for ps.
const pashtoYehVariants = /[يیى]/gu;
const tatweelAndJoiners = /[\u0640\u200c\u200d\u200b\u2060\ufeff]/gu;
const arabicMarks = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
const easternDigits = /[\u0660-\u0669\u06f0-\u06f9]/gu;

function westernDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Folds one piece of text the way the language's index and queries share. */
export function foldForSearch(text: string, lang: string): string {
  let folded = text.normalize('NFKC').toLowerCase().replace(tatweelAndJoiners, '').replace(arabicMarks, '').replace(easternDigits, westernDigit);
  const target = arabicScriptTargets[lang];
  if (target) {
    folded = folded
      .replace(lang === 'ps' ? pashtoYehVariants : yehVariants, target.yeh)
      .replace(kafVariants, target.kaf)
      .replace(hehVariants, target.heh)
      .replace(/[أإآٱ]/gu, 'ا')
      .replace(/ؤ/gu, 'و');
    // Sorani letters that Arabic and Persian keyboards lack, typed with their nearest letter.
    if (lang === 'ckb') folded = folded.replace(/ێ/gu, 'ی').replace(/ۆ/gu, 'و').replace(/ڕ/gu, 'ر').replace(/ڵ/gu, 'ل').replace(/ڤ/gu, 'ف');
  }
  if (lang !== 'sv' && lang !== 'en') folded = foldLatin(folded);
  return folded;
}

/**
 * Latin letters with diacritics, folded to plain ones on the sites of languages that do not
 * use them, where readers' keyboards often lack them (Somali readers type "Malmo"). Pagefind
 * does the same when it searches; folding here too keeps the query we relax and the words we
 * highlight identical to what Pagefind searched. Swedish and English keep the exact form,
 * which Pagefind uses to rank an exact spelling first.
 */
function foldLatin(text: string): string {
  return text.replace(/[\u00c0-\u024f]/gu, (letter) => letter.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Words of a text, as the search box and the index builder both split them. */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}\u200c\-']+/u).map((word) => word.replace(/^[-']+|[-']+$/g, '')).filter((word) => word.length > 0);
}

/**
 * Each word's folded variant (`null`: none) in one language, kept across the pages of a build:
 * a language's pages share most of their words, and folding each occurrence again was seconds
 * of the build. Never share one between languages: the same word folds differently in each.
 */
export type FoldedVariantMemo = Map<string, string | null>;

/**
 * The folded spellings of a page's words that the index would otherwise miss: every word whose
 * folded form differs from how Pagefind reads the word itself (lowercase, marks stripped).
 */
export function foldedVariants(text: string, lang: string, memo: FoldedVariantMemo = new Map()): string[] {
  const variants = new Set<string>();
  for (const word of wordsOf(text)) {
    let variant = memo.get(word);
    if (variant === undefined) {
      // Pagefind drops joiners and combining marks and lowercases; anything else is ours to add.
      const plain = word.normalize('NFD').replace(/\p{M}/gu, '').replace(tatweelAndJoiners, '').toLowerCase();
      const folded = foldForSearch(word, lang);
      variant = folded !== plain && folded !== word.toLowerCase() ? folded : null;
      memo.set(word, variant);
    }
    if (variant !== null) variants.add(variant);
  }
  return [...variants];
}
