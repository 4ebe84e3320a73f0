/**
 * Every content check, as one function over the content tree and the interface strings:
 * schema, orphans and unknown folders, links, interface-string keys, placeholders and plural
 * forms, recorded source hashes; plus the status table editors read. `npm run check:i18n` and
 * the build (src/integrations/content-check.ts) both run it. Node only: it reads the disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languages, sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import { readContentTree } from '../content-files/read-fs.ts';
import { stringsFilePath, type UiStrings } from '../i18n/translator.ts';
import { buildSiteModel, type SiteModel } from '../site/model.ts';
import { translationReport, type LanguageReport } from '../site/status.ts';
import { changeProblems } from './changes.ts';
import { checkLinks } from './links.ts';
import { placeholderErrors, unknownSourceHashes } from './pages.ts';
import { checkUiStrings } from './ui-strings.ts';

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
  /** The day a change may not be later than (YYYY-MM-DD); today in UTC unless a test fixes it. */
  today?: string;
}

export interface ContentCheckResult {
  /** The site model the checks ran over (the build lists its sitemap from it). */
  model: SiteModel;
  sourcePages: number;
  languages: LanguageReport[];
  errors: ContentError[];
  warnings: string[];
}

function readStrings(file: string, sourceFile: string): UiStrings | ContentError {
  if (!existsSync(file)) return new ContentError(file, 'the interface-strings file is missing', `Copy ${sourceFile} to this name and translate it.`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as UiStrings;
  } catch (error) {
    return new ContentError(file, `the file is not valid JSON (${(error as Error).message})`, 'Check commas and quotes near that place.');
  }
}

export function runContentCheck(options: ContentCheckOptions): ContentCheckResult {
  const displayRoot = path.relative(process.cwd(), options.contentRoot) || '.';
  const { files, errors } = readContentTree(options.contentRoot, displayRoot);
  const model = buildSiteModel(files);
  errors.push(...model.errors, ...checkLinks(files), ...placeholderErrors(model));
  const { historicHashes } = options;
  if (historicHashes) {
    errors.push(
      ...unknownSourceHashes(model, (source) => historicHashes(path.resolve(source.filePath))),
    );
  }

  const stringsFolder = path.relative(process.cwd(), options.stringsDir) || '.';
  const sourceStringsFile = stringsFilePath(sourceLanguage, stringsFolder);
  const sourceStrings = readStrings(sourceStringsFile, sourceStringsFile);
  if (sourceStrings instanceof ContentError) {
    errors.push(sourceStrings);
  } else {
    for (const language of languages) {
      if (language.code === sourceLanguage) continue;
      const strings = readStrings(stringsFilePath(language.code, stringsFolder), sourceStringsFile);
      if (strings instanceof ContentError) {
        errors.push(strings);
        continue;
      }
      for (const problem of checkUiStrings(language.code, language.intlLocale, strings, sourceStrings, stringsFolder)) {
        errors.push(new ContentError(problem.file, `"${problem.key}": ${problem.problem}`, problem.hint));
      }
    }
  }

  const warnings: string[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sources = new Map(files.filter((file) => file.folder === sourceLanguage).map((file) => [file.id, file]));
  for (const file of files) {
    if (!file.data.changes && !sources.get(file.id)?.data.changes) continue;
    const source = file.folder === sourceLanguage ? undefined : sources.get(file.id);
    const problems = changeProblems(file, readFileSync(path.resolve(file.filePath), 'utf8'), source, today);
    errors.push(...problems.errors);
    warnings.push(...problems.warnings);
  }

  const reports = translationReport(model.pages);
  for (const report of reports) {
    if (report.outdated.length > 0) warnings.push(`${report.lang}: ${report.outdated.length} outdated: ${report.outdated.join(', ')}`);
    if (report.missing.length > 0) warnings.push(`${report.lang}: ${report.missing.length} missing: ${report.missing.join(', ')}`);
  }
  if (options.strict) {
    for (const report of reports) {
      for (const id of report.outdated) errors.push(new ContentError(`${displayRoot}/${report.lang}/${id}.md`, 'the translation is outdated (--strict)', `Update it from ${displayRoot}/${sourceLanguage}/${id}.md, then run npm run i18n:stamp -- ${report.lang} ${id}.`));
      for (const id of report.missing) errors.push(new ContentError(`${displayRoot}/${report.lang}/${id}.md`, 'the translation is missing (--strict)', `Translate ${displayRoot}/${sourceLanguage}/${id}.md into this file, then stamp it.`));
    }
  }
  return { model, sourcePages: model.sourceHashes.size, languages: reports, errors, warnings };
}

export function formatStatusTable(result: ContentCheckResult): string {
  const header = ['lang', 'current', 'outdated', 'missing', 'machine'];
  const rows = result.languages.map((report) => [report.lang, report.current.length, report.outdated.length, report.missing.length, report.machine.length].map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [`Translation status: ${result.sourcePages} Swedish source pages`, '', line(header), ...rows.map(line)].join('\n');
}
