/**
 * Every content check, as one function over the content tree and the interface strings:
 * schema, orphans and unknown folders, links, interface-string keys, placeholders and plural
 * forms, recorded source hashes, numbers that differ from Swedish, the emergency numbers;
 * plus the status table editors read. `npm run check:i18n` and
 * the build (src/integrations/content-check.ts) both run it. Node only: it reads the disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languages, sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import { readContentTree } from './content-tree-fs.ts';
import type { ContentFile } from '../content-files/file.ts';
import { stringsFilePath, type UiStrings } from '../i18n/translator.ts';
import { buildSiteModel, type SiteModel } from '../site/model.ts';
import { translationReport, type LanguageReport } from '../site/status.ts';
import { changeProblems } from './changes.ts';
import { checkLinks } from './links.ts';
import { emergencyNumberErrors, translationNumberProblems } from './numbers.ts';
import { placeholderErrors, unknownSourceHashes } from './pages.ts';
import { checkUiStrings, keysMissingFromSource, keysUsedIn, untranslatedStrings, valueProblems } from './ui-strings.ts';
import { searchVocabularyErrors } from './search-vocabulary.ts';

export interface ContentCheckOptions {
  contentRoot: string;
  /** Folder holding `<lang>.json` interface strings. */
  stringsDir: string;
  strict: boolean;
  /**
   * Hashes of earlier versions of a Swedish page. Undefined when there is no history to ask
   * (not a git checkout, or a shallow clone): then unknown hashes cannot be told from old ones.
   */
  historicHashes: ((absoluteSourcePath: string) => ReadonlySet<string>) | undefined;
  /** Whether a Swedish page has changes not yet committed (its stamped versions may be in none of the commits). */
  uncommitted?: ((absoluteSourcePath: string) => boolean) | undefined;
  /** Folder of the code that asks for interface strings (default: src/). */
  codeDir?: string | undefined;
  /** Folder of the search vocabularies (`<lang>.yml`) to check against this content; none: skipped. */
  vocabularyDir?: string | undefined;
  /** The day a change may not be later than (YYYY-MM-DD); today in UTC unless a test fixes it. */
  today?: string;
}

export interface ContentCheckResult {
  /** The site model the checks ran over (the build lists its sitemap from it). */
  model: SiteModel;
  /** The valid content files, parsed (the build's content loader publishes them). */
  files: ContentFile[];
  sourcePages: number;
  languages: LanguageReport[];
  errors: ContentError[];
  warnings: string[];
}

function readStrings(file: string, sourceFile: string): UiStrings | ContentError {
  if (!existsSync(file)) return new ContentError(file, 'the interface-strings file is missing', `Copy ${sourceFile} to this name and translate it.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return new ContentError(file, `the file is not valid JSON (${(error as Error).message})`, 'Check commas and quotes near that place.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return new ContentError(file, 'the file is not a list of "key": "text" pairs', `Write it like ${sourceFile}: { "key": "text", … }.`, 1);
  return parsed as UiStrings;
}

/** The line of `"key":` in a strings file, for messages. */
function lineOfJsonKey(file: string, key: string): number | undefined {
  try {
    const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(`"${key}"`));
    return index === -1 ? undefined : index + 1;
  } catch {
    return undefined;
  }
}

/** Every .ts and .astro file under a folder (the code that asks for interface strings). */
function codeFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return codeFiles(full);
    return /\.(ts|astro)$/.test(entry.name) ? [full] : [];
  });
}

export function runContentCheck(options: ContentCheckOptions): ContentCheckResult {
  const displayRoot = path.relative(process.cwd(), options.contentRoot) || '.';
  const { files, errors, rejected } = readContentTree(options.contentRoot, displayRoot);
  const model = buildSiteModel(files, rejected);
  const numbers = translationNumberProblems(model);
  errors.push(...model.errors, ...checkLinks(files, rejected), ...placeholderErrors(model), ...emergencyNumberErrors(files), ...numbers.errors);
  const { historicHashes } = options;
  if (historicHashes) {
    errors.push(
      ...unknownSourceHashes(model, (source) => historicHashes(path.resolve(source.filePath)), (source) => options.uncommitted?.(path.resolve(source.filePath)) ?? false),
    );
  }

  const stringsFolder = path.relative(process.cwd(), options.stringsDir) || '.';
  const sourceStringsFile = stringsFilePath(sourceLanguage, stringsFolder);
  const sourceStrings = readStrings(sourceStringsFile, sourceStringsFile);
  const report = (problem: { file: string; key: string; problem: string; hint: string }) => errors.push(new ContentError(problem.file, `"${problem.key}": ${problem.problem}`, problem.hint, lineOfJsonKey(problem.file, problem.key)));
  if (sourceStrings instanceof ContentError) {
    errors.push(sourceStrings);
  } else {
    valueProblems(sourceLanguage, sourceStrings, stringsFolder).forEach(report);
    const codeRoot = options.codeDir ?? path.resolve('src');
    const used = codeFiles(codeRoot).flatMap((file) => keysUsedIn(readFileSync(file, 'utf8'), path.relative(process.cwd(), file)));
    for (const use of keysMissingFromSource(used, sourceStrings)) {
      errors.push(new ContentError(use.file, `the interface string "${use.key}" is used here but missing from ${sourceStringsFile}`, `Add "${use.key}" to ${sourceStringsFile} and to every other language's file, or fix the key's spelling.`, use.line));
    }
    for (const language of languages) {
      if (language.code === sourceLanguage) continue;
      const strings = readStrings(stringsFilePath(language.code, stringsFolder), sourceStringsFile);
      if (strings instanceof ContentError) {
        errors.push(strings);
        continue;
      }
      const badValues = valueProblems(language.code, strings, stringsFolder);
      badValues.forEach(report);
      const textOnly = Object.fromEntries(Object.entries(strings).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
      checkUiStrings(language.code, language.intlLocale, textOnly, sourceStrings, stringsFolder)
        .filter((problem) => !(problem.problem === 'missing' && problem.key in strings))
        .forEach(report);
      untranslatedStrings(language.code, strings, sourceStrings, stringsFolder).forEach(report);
    }
  }

  if (options.vocabularyDir) errors.push(...searchVocabularyErrors(options.vocabularyDir, options.contentRoot));

  const warnings: string[] = numbers.warnings.map((warning) => `${warning.message.split('\n')[0]} (written in words?)`);
  const unstamped = new Set(model.pages.filter((page) => page.translation && !page.translation.data.translation?.source).map((page) => `${page.lang}/${page.id}`));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sources = new Map(files.filter((file) => file.folder === sourceLanguage).map((file) => [file.id, file]));
  for (const file of files) {
    if (!file.data.changes && !sources.get(file.id)?.data.changes) continue;
    const source = file.folder === sourceLanguage ? undefined : sources.get(file.id);
    const problems = changeProblems(file, () => readFileSync(path.resolve(file.filePath), 'utf8'), source, today);
    errors.push(...problems.errors);
    warnings.push(...problems.warnings);
  }

  const reports = translationReport(model.pages);
  for (const report of reports) {
    // A new translation that records no Swedish version is "not stamped" (an error above), not outdated.
    const notStamped = report.outdated.filter((id) => unstamped.has(`${report.lang}/${id}`));
    const outdated = report.outdated.filter((id) => !unstamped.has(`${report.lang}/${id}`));
    if (notStamped.length > 0) warnings.push(`${report.lang}: ${notStamped.length} not stamped: ${notStamped.join(', ')}`);
    if (outdated.length > 0) warnings.push(`${report.lang}: ${outdated.length} outdated: ${outdated.join(', ')}`);
    if (report.missing.length > 0) warnings.push(`${report.lang}: ${report.missing.length} missing: ${report.missing.join(', ')}`);
  }
  if (options.strict) {
    for (const report of reports) {
      for (const id of report.outdated.filter((id) => !unstamped.has(`${report.lang}/${id}`))) errors.push(new ContentError(`${displayRoot}/${report.lang}/${id}.md`, 'the translation is outdated (--strict)', `Update it from ${displayRoot}/${sourceLanguage}/${id}.md, then run npm run i18n:stamp -- ${report.lang} ${id}.`));
      for (const id of report.missing) errors.push(new ContentError(`${displayRoot}/${report.lang}/${id}.md`, 'the translation is missing (--strict)', `Translate ${displayRoot}/${sourceLanguage}/${id}.md into this file, then stamp it.`));
    }
  }
  return { model, files, sourcePages: model.sourceHashes.size, languages: reports, errors, warnings };
}

export function formatStatusTable(result: ContentCheckResult): string {
  const header = ['lang', 'current', 'outdated', 'missing', 'machine'];
  const rows = result.languages.map((report) => [report.lang, report.current.length, report.outdated.length, report.missing.length, report.machine.length].map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [`Translation status: ${result.sourcePages} Swedish source pages`, '', line(header), ...rows.map(line)].join('\n');
}
