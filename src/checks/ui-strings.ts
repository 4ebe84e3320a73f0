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

/** Values that are the same word in every language (names of services), so may equal the Swedish text. */
export const mayEqualSwedish = ['BankID', 'Swish', '1177', '1177 Vårdguiden', 'OK', 'SMS', 'WhatsApp'];

/**
 * Values that cannot be shown: not text (a number, null, a list), or empty. Checked in every
 * language, Swedish included, because i18next would print "null" or the key itself.
 */
export function valueProblems(lang: string, strings: Record<string, unknown>, folder: string = stringsFolder): UiStringProblem[] {
  const file = stringsFilePath(lang, folder);
  const problems: UiStringProblem[] = [];
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value !== 'string') {
      const what = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value} (${String(value)})`;
      problems.push({ file, key, problem: `the value is ${what}, not text`, hint: `Write the text in quotes: "${key}": "…".` });
    } else if (value.trim() === '') {
      problems.push({ file, key, problem: 'the value is empty', hint: lang === sourceLanguage ? 'Write the Swedish text.' : `Translate the Swedish text of "${key}".` });
    }
  }
  return problems;
}

/** Strings of a translation left identical to the Swedish text: most likely not translated. */
export function untranslatedStrings(lang: string, strings: Record<string, unknown>, source: Record<string, unknown>, folder: string = stringsFolder): UiStringProblem[] {
  const file = stringsFilePath(lang, folder);
  return Object.entries(strings)
    .filter(([key, value]) => typeof value === 'string' && value === source[key])
    .filter(([, value]) => /\p{L}/u.test((value as string).replace(placeholderPattern, '')) && !mayEqualSwedish.includes(value as string))
    .map(([key, value]) => ({ file, key, problem: `the text is the Swedish text ("${value as string}")`, hint: `Translate it, or add it to mayEqualSwedish in src/checks/ui-strings.ts if it is a name that is the same in every language.` }));
}

export interface UsedKey {
  key: string;
  file: string;
  line: number;
}

/** Keys the code asks for: the first argument of t(…) and the values of labelKey-style fields, in src/. */
export function keysUsedIn(text: string, file: string): UsedKey[] {
  const used: UsedKey[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/(?:\bt\(\s*|\b\w*Key:\s*)['"]([a-zA-Z][\w.-]*)['"]/g)) used.push({ key: match[1]!, file, line: index + 1 });
  });
  return used;
}

/** A key the code uses that the Swedish file lacks (as a string or as plural forms): the build would fail. */
export function keysMissingFromSource(used: readonly UsedKey[], source: Record<string, unknown>): UsedKey[] {
  const bases = new Set(Object.keys(source).map(baseKey));
  return used.filter((use) => !(use.key in source) && !bases.has(use.key));
}
