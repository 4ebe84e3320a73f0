/** Every language's interface strings, read from src/i18n/strings/, and translators over them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { languageCodes } from '../../src/i18n/languages.ts';
import { createTranslators, stringsFilePath, type UiStrings } from '../../src/i18n/translator.ts';

export function readStrings(): Record<string, UiStrings> {
  return Object.fromEntries(languageCodes.map((code) => [code, JSON.parse(readFileSync(path.resolve(stringsFilePath(code)), 'utf8')) as UiStrings]));
}

export const translatorFor = createTranslators(readStrings());
