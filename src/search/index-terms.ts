/**
 * Hidden search terms for one built page: its frontmatter keywords, the search-vocabulary words
 * that lead to it, and the folded spellings of its words (normalise.ts). They go into a Pagefind
 * metadata field, `terms`, which Pagefind searches but never shows in an excerpt, so readers see
 * clean excerpts while the index knows the words they type. Pure: the build passes the HTML.
 */
import { foldForSearch, foldedVariants } from './normalise.ts';

export const termsField = 'terms';

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

/** Every term once, folded the way queries are folded, so a query meets it however it is typed. */
export function pageTerms(html: string, lang: string, extraWords: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const phrase of extraWords) {
    terms.add(phrase.toLowerCase());
    terms.add(foldForSearch(phrase, lang));
  }
  for (const variant of foldedVariants(indexedText(html), lang)) terms.add(variant);
  return [...terms];
}

/** The page's HTML with the terms field added where Pagefind reads metadata (not shown to anyone). */
export function withTerms(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const value = terms.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const element = `<span hidden data-pagefind-meta="${termsField}[data-terms]" data-terms="${value}"></span>`;
  return html.includes('</body>') ? html.replace('</body>', `${element}</body>`) : html + element;
}
