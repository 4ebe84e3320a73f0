/**
 * Rules for the `changes:` a page records, beyond what the schema can see: a change dated in
 * the future (a typo, or a change announced before it happened) is an error; a translation's
 * dates that do not match its Swedish source's are warnings, because the site then shows the
 * Swedish summary (marked as Swedish) until a translator adds the translated one. Pure: a reader
 * of the file's text comes in, called only when a message names a line, so a valid tree is not
 * read from disk a second time.
 */
import { sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import type { ContentFile } from '../content-files/file.ts';
import { splitFrontmatter } from '../content-files/frontmatter.ts';
import { isoDate } from '../site/dates.ts';

/** Line of the `date:` of the change dated `date` in the file's `changes:` list, if found. */
export function lineOfChangeDate(text: string, date: string): number | undefined {
  const split = splitFrontmatter(text, '');
  const lines = split.yaml.split('\n');
  const start = lines.findIndex((line) => /^changes\s*:/.test(line));
  if (start === -1) return undefined;
  const pattern = new RegExp(`^\\s*-?\\s*date\\s*:\\s*['"]?${date}\\b`);
  for (let index = start + 1; index < lines.length && !/^\S/.test(lines[index]!); index += 1) {
    if (pattern.test(lines[index]!)) return index + split.yamlStartLine;
  }
  return undefined;
}

export interface ChangeProblems {
  errors: ContentError[];
  warnings: string[];
}

/**
 * `today` is YYYY-MM-DD (UTC). `source` is the Swedish page of a translation (undefined for a
 * Swedish page itself).
 */
export function changeProblems(file: ContentFile, readText: () => string, source: ContentFile | undefined, today: string): ChangeProblems {
  const errors: ContentError[] = [];
  const warnings: string[] = [];
  const dates = (file.data.changes ?? []).map((change) => isoDate(change.date));
  let text: string | undefined;
  const lineOfDate = (date: string) => lineOfChangeDate((text ??= readText()), date);
  const at = (date: string) => {
    const line = lineOfDate(date);
    return `${file.filePath}${line ? `:${line}` : ''}`;
  };
  for (const date of dates) {
    if (date > today) {
      errors.push(new ContentError(file.filePath, `the change dated ${date} lies in the future (today is ${today})`, 'Record a change on the day it is published: fix the date, or add the entry when the change is made.', lineOfDate(date)));
    }
  }
  const seen = new Set<string>();
  for (const date of dates) {
    if (seen.has(date)) errors.push(new ContentError(file.filePath, `two changes are dated ${date}`, 'Write one entry per day and page: join the summaries into one line.', lineOfDate(date)));
    seen.add(date);
  }
  if (source && file.folder !== sourceLanguage) {
    const sourceDates = new Set((source.data.changes ?? []).map((change) => isoDate(change.date)));
    for (const date of dates) {
      if (!sourceDates.has(date)) warnings.push(`${at(date)}: the change dated ${date} is not in the Swedish page ${source.filePath}; it is not shown. Use the Swedish page's dates.`);
    }
    for (const date of sourceDates) {
      if (!seen.has(date)) warnings.push(`${file.filePath}: no translated summary for the change dated ${date} in ${source.filePath}; readers see the Swedish one. Add \`- date: ${date}\` with a translated \`summary:\` under \`changes:\`.`);
    }
  }
  return { errors, warnings };
}
