/**
 * The two formats inside interface strings: `{{name}}` placeholders, and plural variants of a
 * key (`search.results_one`, `…_few`, `…_other`) named by the categories of Intl.PluralRules.
 * Imports nothing, so the browser's search box can use it without i18next.
 */

export const placeholderPattern = /\{\{\s*(\w+)\s*\}\}/g;

export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(placeholderPattern, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const satisfies readonly Intl.LDMLPluralRule[];

/** `_one`, `_few` … at the end of a key. */
export const pluralSuffix = new RegExp(`_(${pluralCategories.join('|')})$`);

/** The plural variants of one key, by category; `other` always exists. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
