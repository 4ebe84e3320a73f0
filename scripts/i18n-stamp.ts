/**
 * npm run i18n:stamp -- <lang> <page> [<page> …]
 * Records today's Swedish source version in translations an editor has brought up to date.
 * <page> is the page id (`jag-ar-asylsokande/lma-kortet`), its site path or its path in the
 * language folder. Nothing outside content/<lang>/ is ever written; a file keeps its line endings.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLanguageCode, languageCodes, sourceLanguage } from '../src/i18n/languages.ts';
import { ContentError } from '../src/content-files/errors.ts';
import { readContentFile } from '../src/content-files/file.ts';
import { validateContentFile } from '../src/checks/content-tree-fs.ts';
import { stampTranslation } from '../src/content-files/frontmatter.ts';
import { sourceHashOf } from '../src/content-files/hash.ts';
import { assertContentRoot, findContentFile, readUtf8, resolveContentRoot } from '../src/content-files/read-fs.ts';
import { pageIdArgument } from '../src/site/new-page.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [lang, ...pages] = process.argv.slice(2);
if (!lang || pages.length === 0) fail('Usage: npm run i18n:stamp -- <lang> <page> [<page> …]\n  e.g. npm run i18n:stamp -- ar jag-ar-asylsokande/lma-kortet');
if (!isLanguageCode(lang) || lang === sourceLanguage) fail(`"${lang}" is not a translation language.\n  → Use one of: ${languageCodes.filter((code) => code !== sourceLanguage).join(', ')}.`);

const root = resolveContentRoot();
const display = (file: string) => path.relative(process.cwd(), file);

function readText(file: string): string {
  const text = readUtf8(file, display(file));
  if (text instanceof ContentError) throw text;
  return text;
}

let failed = false;
for (const page of pages) {
  try {
    assertContentRoot(root);
    const parsed = pageIdArgument(page, lang);
    if ('problem' in parsed) throw new ContentError(page, parsed.problem, parsed.hint);
    const { id } = parsed;
    const sourceFile = findContentFile(root, sourceLanguage, id);
    const translationFile = findContentFile(root, lang, id);
    if (!sourceFile) throw new ContentError(`content/${sourceLanguage}/${id}.md`, 'there is no Swedish source page with this id', 'Check the spelling of the page id (the path under the language folder, without .md).');
    if (!translationFile) throw new ContentError(`content/${lang}/${id}.md`, 'there is no translation file to stamp', `Create content/${lang}/${id}.md (copy the Swedish page and translate it) first.`);
    const source = readContentFile(readText(sourceFile), path.relative(root, sourceFile), display(sourceFile));
    const translationText = readText(translationFile);
    // A translation with mistakes is not stamped: the stamp says "this text is ready".
    const checked = validateContentFile(translationText, path.relative(root, translationFile), display(translationFile));
    if (!checked.file) {
      console.error(checked.errors.map((error) => error.message).join('\n\n'));
      failed = true;
      continue;
    }
    const hash = sourceHashOf(source);
    writeFileSync(translationFile, stampTranslation(translationText, hash, display(translationFile)));
    console.log(`${display(translationFile)}: stamped as made from Swedish version ${hash}`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
