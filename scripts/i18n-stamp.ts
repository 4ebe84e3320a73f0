/**
 * npm run i18n:stamp -- <lang> <page> [<page> …]
 * Records today's Swedish source version in translations an editor has brought up to date.
 * <page> is the page id (`jag-ar-asylsokande/lma-kortet`) or its path in the language folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLanguageCode, languageCodes, sourceLanguage } from '../src/i18n/languages.ts';
import { ContentError } from '../src/content-files/errors.ts';
import { readContentFile } from '../src/content-files/file.ts';
import { stampTranslation } from '../src/content-files/frontmatter.ts';
import { sourceHashOf } from '../src/content-files/hash.ts';
import { findContentFile, resolveContentRoot } from '../src/content-files/read-fs.ts';
import { normalisePageId } from '../src/site/new-page.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [lang, ...pages] = process.argv.slice(2);
if (!lang || pages.length === 0) fail('Usage: npm run i18n:stamp -- <lang> <page> [<page> …]\n  e.g. npm run i18n:stamp -- ar jag-ar-asylsokande/lma-kortet');
if (!isLanguageCode(lang) || lang === sourceLanguage) fail(`"${lang}" is not a translation language. Use one of: ${languageCodes.filter((code) => code !== sourceLanguage).join(', ')}.`);

const root = resolveContentRoot();
const display = (file: string) => path.relative(process.cwd(), file);

let failed = false;
for (const page of pages) {
  const id = normalisePageId(page, lang);
  try {
    const sourceFile = findContentFile(root, sourceLanguage, id);
    const translationFile = findContentFile(root, lang, id);
    if (!sourceFile) throw new ContentError(`content/${sourceLanguage}/${id}.md`, 'there is no Swedish source page with this id', 'Check the spelling of the page id (the path under the language folder, without .md).');
    if (!translationFile) throw new ContentError(`content/${lang}/${id}.md`, 'there is no translation file to stamp', `Create content/${lang}/${id}.md (copy the Swedish page and translate it) first.`);
    const source = readContentFile(readFileSync(sourceFile, 'utf8'), path.relative(root, sourceFile), display(sourceFile));
    const hash = sourceHashOf(source);
    writeFileSync(translationFile, stampTranslation(readFileSync(translationFile, 'utf8'), hash, display(translationFile)));
    console.log(`${display(translationFile)}: stamped as made from Swedish version ${hash}`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
