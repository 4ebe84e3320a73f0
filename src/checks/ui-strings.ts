/**
 * Checks the interface-strings files against Swedish: keys missing or extra, placeholders that
 * differ, and plural forms missing for the categories the language's Intl.PluralRules uses
 * (Arabic zero/one/two/few/many/other; Russian and Ukrainian one/few/many/other).
 */
import { sourceLanguage } from '../i18n/languages.ts';
import { placeholderPattern, pluralSuffix } from '../i18n/string-format.ts';
import { stringsFilePath, stringsFolder, type UiStrings } from '../i18n/translator.ts';

export interface UiStringProblem {
  file: string;
  key: string;
  problem: string;
  hint: string;
}

function placeholdersOf(text: string): Set<string> {
  return new Set([...text.matchAll(placeholderPattern)].map((match) => match[1]!));
}

function baseKey(key: string): string {
  return key.replace(pluralSuffix, '');
}

function groupKeys(strings: UiStrings): { singles: Set<string>; plurals: Map<string, Set<string>> } {
  const singles = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of Object.keys(strings)) {
    const match = pluralSuffix.exec(key);
    if (match) {
      const base = baseKey(key);
      if (!plurals.has(base)) plurals.set(base, new Set());
      plurals.get(base)!.add(match[1]!);
    } else {
      singles.add(key);
    }
  }
  return { singles, plurals };
}

/** `folder` is the strings folder as messages should name it (another one in tests). */
export function checkUiStrings(lang: string, intlLocale: string, strings: UiStrings, source: UiStrings, folder: string = stringsFolder): UiStringProblem[] {
  const file = stringsFilePath(lang, folder);
  const sourceFile = stringsFilePath(sourceLanguage, folder);
  const problems: UiStringProblem[] = [];
  const expected = groupKeys(source);
  const actual = groupKeys(strings);
  const categories = new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories;

  for (const key of expected.singles) {
    if (!actual.singles.has(key)) problems.push({ file, key, problem: 'missing', hint: `Add "${key}", translating the Swedish "${source[key]}".` });
  }
  for (const key of actual.singles) {
    if (!expected.singles.has(key) && !expected.plurals.has(key)) problems.push({ file, key, problem: 'not in the Swedish file', hint: `Remove "${key}", or add it to ${sourceFile} first.` });
  }
  for (const [base] of expected.plurals) {
    const forms = actual.plurals.get(base) ?? new Set<string>();
    for (const category of categories) {
      if (!forms.has(category)) {
        problems.push({ file, key: `${base}_${category}`, problem: `plural form "${category}" is missing`, hint: `${intlLocale} needs the forms ${categories.join(', ')} for "${base}": add "${base}_${category}".` });
      }
    }
    for (const form of forms) {
      if (!(categories as readonly string[]).includes(form)) {
        problems.push({ file, key: `${base}_${form}`, problem: `plural form "${form}" is never used in ${intlLocale}`, hint: `Remove "${base}_${form}": the language's forms are ${categories.join(', ')}.` });
      }
    }
  }
  for (const [base] of actual.plurals) {
    if (!expected.plurals.has(base)) problems.push({ file, key: base, problem: 'plural key not in the Swedish file', hint: `Remove the "${base}_…" keys, or add them to ${sourceFile} first.` });
  }

  for (const [key, text] of Object.entries(strings)) {
    const base = baseKey(key);
    const reference = source[key] ?? source[`${base}_other`];
    if (reference === undefined) continue;
    const wanted = placeholdersOf(reference);
    const found = placeholdersOf(text);
    // A language may spell out the number in its singular or dual ("one page"), so {{count}} is optional there.
    const category = pluralSuffix.exec(key)?.[1];
    if (category === 'zero' || category === 'one' || category === 'two') wanted.delete('count'), found.delete('count');
    const missing = [...wanted].filter((name) => !found.has(name));
    const extra = [...found].filter((name) => !wanted.has(name));
    if (missing.length > 0 || extra.length > 0) {
      problems.push({
        file,
        key,
        problem: `placeholders differ from Swedish${missing.length ? ` (missing ${missing.map((name) => `{{${name}}}`).join(', ')})` : ''}${extra.length ? ` (unknown ${extra.map((name) => `{{${name}}}`).join(', ')})` : ''}`,
        hint: `Use exactly the placeholders of the Swedish text: ${[...placeholdersOf(reference)].map((name) => `{{${name}}}`).join(', ') || 'none'}.`,
      });
    }
  }
  return problems;
}
