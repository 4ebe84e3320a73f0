/**
 * Hidden search terms for one built page: its frontmatter keywords, the search-vocabulary words
 * that lead to it, and the folded spellings of its words (normalise.ts). They go into a Pagefind
 * metadata field, `terms`, which Pagefind searches but never shows in an excerpt, so readers see
 * clean excerpts while the index knows the words they type. Pure: the build passes the HTML.
 */
import { foldForSearch, foldedVariants, type FoldedVariantMemo } from './normalise.ts';

export const termsField = 'terms';

/** What `keywordsOfBuiltPage` needs of a content file: where it lies and its keywords. */
export interface KeywordSource {
  folder: string;
  id: string;
  data: { keywords: readonly string[] };
}

/**
 * The frontmatter keywords of every content file, by `<folder>/<id>`, from the files the
 * content check has already parsed (the build reads the tree once, not again for the index).
 */
export function keywordsByFile(files: Iterable<KeywordSource>): Map<string, readonly string[]> {
  const keywords = new Map<string, readonly string[]>();
  for (const file of files) keywords.set(`${file.folder}/${file.id}`, file.data.keywords);
  return keywords;
}

/**
 * The keywords of a built page of `lang` (`id` from its path: `asyl/lma`, `asyl` for a
 * section, `index` for the home page): those of `<lang>/<id>.md`, else of `<lang>/<id>/index.md`.
 * Only the page's own language folder counts, so a fallback gets no Swedish keywords.
 */
export function keywordsOfBuiltPage(keywords: ReadonlyMap<string, readonly string[]>, lang: string, id: string): readonly string[] {
  return keywords.get(`${lang}/${id}`) ?? keywords.get(`${lang}/${id}/index`) ?? [];
}
/**
 * The search-vocabulary words that lead to a page, in a field of their own: an editor saying
 * "داکتر means these pages" must outweigh a page that merely lists the word among its
 * keywords, so this field weighs more when results are ranked (pagefind-client.ts).
 */
export const vocabularyField = 'vocabulary';

/** The text of the indexed part of a page (`data-pagefind-body`), tags and entities removed. */
export function indexedText(html: string): string {
  const start = html.search(/<main\b[^>]*data-pagefind-body/);
  if (start === -1) return '';
  const end = html.indexOf('</main>', start);
  return html
    .slice(start, end === -1 ? undefined : end)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/**
 * The page as Pagefind needs it: everything up to `<body …>`, the indexed `<main>` and the end
 * of the body, without the header, navigation and footer around `<main>`. Pagefind indexes only
 * `data-pagefind-body`, so what it writes is the same; the build sends it half the bytes (each
 * page travels to Pagefind's process as JSON). A page without an indexed `<main>` stays whole.
 */
export function indexedPage(html: string): string {
  const bodyStart = html.search(/<body\b/);
  const mainStart = html.search(/<main\b[^>]*data-pagefind-body/);
  if (bodyStart === -1 || mainStart === -1) return html;
  const bodyTagEnd = html.indexOf('>', bodyStart) + 1;
  const mainEnd = html.indexOf('</main>', mainStart);
  const bodyEnd = html.lastIndexOf('</body>');
  if (mainEnd === -1 || bodyEnd < mainEnd) return html;
  return html.slice(0, bodyTagEnd) + html.slice(mainStart, mainEnd + '</main>'.length) + html.slice(bodyEnd);
}

/** Every term once, folded the way queries are folded, so a query meets it however it is typed. */
export function pageTerms(html: string, lang: string, extraWords: readonly string[]): string[] {
  return pageTermsOfText(indexedText(html), lang, extraWords);
}

/**
 * `pageTerms` of the page's `indexedText`, for the build, which has that text already and
 * folds a language's words once across its pages (`memo`, see `FoldedVariantMemo`).
 */
export function pageTermsOfText(text: string, lang: string, extraWords: readonly string[], memo?: FoldedVariantMemo): string[] {
  const terms = new Set<string>();
  for (const phrase of extraWords) {
    terms.add(phrase.toLowerCase());
    terms.add(foldForSearch(phrase, lang));
  }
  for (const variant of foldedVariants(text, lang, memo)) terms.add(variant);
  return [...terms];
}

/** The words folded as queries are, each once (the vocabulary field's value). */
export function foldedWords(phrases: readonly string[], lang: string): string[] {
  return [...new Set(phrases.flatMap((phrase) => [phrase.toLowerCase(), foldForSearch(phrase, lang)]))];
}

function metaElement(field: string, values: readonly string[]): string {
  const value = values.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<span hidden data-pagefind-meta="${field}[data-${field}]" data-${field}="${value}"></span>`;
}

/**
 * The page's HTML with the terms field, and the vocabulary field when vocabulary words lead to
 * it, added where Pagefind reads metadata (not shown to anyone).
 */
export function withTerms(html: string, terms: readonly string[], vocabulary: readonly string[] = []): string {
  const elements = [...(terms.length > 0 ? [metaElement(termsField, terms)] : []), ...(vocabulary.length > 0 ? [metaElement(vocabularyField, vocabulary)] : [])].join('');
  if (elements === '') return html;
  return html.includes('</body>') ? html.replace('</body>', `${elements}</body>`) : html + elements;
}
