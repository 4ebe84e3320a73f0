/**
 * Pure helpers for the search box, shared by the browser script and its unit tests:
 * choosing the plural form of the result count, filling placeholders, reading the query, and
 * (from the routes, site/url-language.ts) the same page in the reader's language for a result
 * from another language's index.
 */
import { fillPlaceholders, type PluralForms } from '../i18n/string-format.ts';

export { fillPlaceholders, type PluralForms };
export { urlInLanguage } from '../site/url-language.ts';

export function pluralText(forms: PluralForms, count: number, intlLocale: string): string {
  const category = new Intl.PluralRules(intlLocale).select(count);
  // Arabic uses "zero" for 0 only when the file provides it; otherwise CLDR's category applies.
  const template = forms[category] ?? forms.other;
  return fillPlaceholders(template, { count: new Intl.NumberFormat(intlLocale).format(count) });
}

/** The query a search page was opened with (`/ar/sok/?q=LMA`), trimmed; empty when none. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/**
 * The address parameter that asks for the query exactly as typed: a query that finds nothing
 * otherwise shows the results of its suggested spelling, and this is how the reader declines.
 */
export const asTypedParam = 'as-typed';

/** Whether the search page was opened to search the query as typed (`?q=…&as-typed=1`). */
export function asTypedFromSearch(search: string): boolean {
  return new URLSearchParams(search).get(asTypedParam) === '1';
}

/** The address of a search for `query`, as typed when `asTyped`, on the page at `pathname`. */
export function searchAddress(pathname: string, query: string, asTyped = false): string {
  const params = new URLSearchParams({ q: query });
  if (asTyped) params.set(asTypedParam, '1');
  return `${pathname}?${params.toString()}`;
}
