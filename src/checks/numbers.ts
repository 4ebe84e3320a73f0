/**
 * The numbers of a translation must be the numbers of its Swedish source: an amount, a phone
 * number, a date or an age that differs is a translation mistake a reader may act on. Numbers
 * are compared, not words: a translation may write "21 نوفمبر 2026" for "21 november 2026"
 * and Arabic or Persian digits for Latin ones. And the pages on the emergency list must always
 * show 112, 1177 and 114 14, in every language.
 */
import { sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import type { ContentFile } from '../content-files/file.ts';
import { withoutCode } from '../markdown/headings.ts';
import type { SiteModel } from '../site/model.ts';

/** Pages that must carry the emergency numbers, and the numbers (digits only). */
export const emergencyPages: Record<string, readonly string[]> = {
  'akut-hjalp': ['112', '1177', '11414'],
};

const shownNumber: Record<string, string> = { '11414': '114 14' };

export interface FoundNumber {
  /** Digits only, in Latin digits: "114 14" → "11414", "10 000" and "10,000" → "10000". */
  value: string;
  line: number;
}

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic, Persian (۰–۹) digits as Latin digits. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06F0 - 0x0660)));
}

/**
 * Text a reader sees, line for line: no code, link targets, heading ids, HTML attributes or
 * addresses (`/ukraina/efter-mars-2027/` is a path, not a date).
 */
function readableText(body: string): string {
  return withoutCode(body)
    .replace(/^ {0,3}\[[^\]]+\]:.*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[^}]*\}/g, '')
    .replace(/<[^>\n]*>/g, '')
    .replace(/\bhttps?:\/\/\S+/g, '')
    .replace(/\b[\w.-]+\.(se|nu|org|com|eu|net)\b\S*/g, '')
    // A date restated in digits after its words, "1 ለካቲት 2020 (1.2.2020)", says nothing new.
    .replace(/\(\s*\d{1,4}(?:[./-]\d{1,4}){1,2}\s*\)/g, '');
}

// Digit groups joined by one space, no-break space, thin space, or a decimal/thousands mark.
const numberPattern = /\d+(?:[ \u00a0\u202f\u2009.,\u066b\u066c'’]\d+)*/g;

export function numbersIn(body: string, firstLine = 1): FoundNumber[] {
  const found: FoundNumber[] = [];
  latinDigits(readableText(body))
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(numberPattern)) found.push({ value: match[0].replace(/\D/g, ''), line: firstLine + index });
    });
  return found;
}

/**
 * The line in a translation that corresponds to a line of its Swedish source: translations keep
 * the source's blocks (headings, paragraphs, list items) in order, so the n-th block of one is
 * the n-th block of the other. Falls back to the translation's last block when it has fewer.
 */
export function correspondingLine(sourceBody: string, sourceFirstLine: number, translationBody: string, translationFirstLine: number, sourceLine: number): number {
  const blockStarts = (body: string, firstLine: number): number[] => {
    const starts: number[] = [];
    body.split('\n').forEach((line, index, lines) => {
      const previous = index === 0 ? '' : lines[index - 1]!;
      const startsBlock = line.trim() !== '' && (previous.trim() === '' || /^\s*([-*+]|\d+[.)]|#{1,6})\s/.test(line));
      if (startsBlock) starts.push(firstLine + index);
    });
    return starts;
  };
  const sourceStarts = blockStarts(sourceBody, sourceFirstLine);
  const translationStarts = blockStarts(translationBody, translationFirstLine);
  const blockIndex = sourceStarts.filter((start) => start <= sourceLine).length - 1;
  return translationStarts[Math.min(Math.max(blockIndex, 0), translationStarts.length - 1)] ?? translationFirstLine;
}

function counts(numbers: readonly FoundNumber[]): Map<string, FoundNumber[]> {
  const byValue = new Map<string, FoundNumber[]>();
  for (const number of numbers) byValue.set(number.value, [...(byValue.get(number.value) ?? []), number]);
  return byValue;
}

const show = (value: string) => shownNumber[value] ?? value;

/** Numbers in a current translation that differ from its Swedish source, with the file and line. */
export function numberMismatches(source: ContentFile, translation: ContentFile): ContentError[] {
  const inSource = counts(numbersIn(source.body, source.bodyLine));
  const inTranslation = counts(numbersIn(translation.body, translation.bodyLine));
  const errors: ContentError[] = [];
  for (const [value, where] of inSource) {
    const missing = where.length - (inTranslation.get(value)?.length ?? 0);
    if (missing > 0) {
      const lines = where.map((number) => number.line).join(', ');
      // Point at the translation's own line: the paragraph that translates the first Swedish line with the number.
      const here = correspondingLine(source.body, source.bodyLine ?? 1, translation.body, translation.bodyLine ?? 1, where[0]!.line);
      errors.push(new ContentError(translation.filePath, `the number ${show(value)} appears ${where.length} ${where.length === 1 ? 'time' : 'times'} in the Swedish page (${source.filePath} line ${lines}) but ${where.length - missing} in the translation`, `Check this paragraph against the Swedish text on ${where.length === 1 ? 'that line' : 'those lines'}: numbers (amounts, phone numbers, dates, ages) must be the same.`, here));
    }
  }
  for (const [value, where] of inTranslation) {
    const extra = where.length - (inSource.get(value)?.length ?? 0);
    if (extra > 0) {
      const first = where[0]!;
      errors.push(new ContentError(translation.filePath, `the number ${show(value)} is not in the Swedish page${inSource.has(value) ? ` as often (${inSource.get(value)!.length} there, ${where.length} here)` : ''}`, `Check this number against ${source.filePath}: numbers (amounts, phone numbers, dates, ages) must be the same as in Swedish.`, first.line));
    }
  }
  return errors;
}

/** Every version of an emergency page, Swedish and translated, must show the emergency numbers. */
export function emergencyNumberErrors(files: readonly ContentFile[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const file of files) {
    const required = emergencyPages[file.id];
    if (!required) continue;
    const present = new Set(numbersIn(file.body).map((number) => number.value));
    for (const value of required) {
      if (!present.has(value)) {
        errors.push(new ContentError(file.filePath, `the emergency page does not show ${show(value)}`, `Put ${show(value)} back in the text: every language's emergency page must show ${required.map(show).join(', ')}.`));
      }
    }
  }
  return errors;
}

/**
 * Number differences of every current translation (an outdated one may differ because the
 * Swedish page changed). A number the translation has and Swedish has not is an error (a
 * changed amount, date or phone number). A Swedish number the translation only lacks may be
 * written out in words ("نهم" for "9"): a warning, unless the translation also has a number of
 * its own.
 */
export function translationNumberProblems(model: SiteModel): { errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  for (const page of model.pages) {
    if (page.lang === sourceLanguage || page.status !== 'current' || !page.translation) continue;
    const problems = numberMismatches(page.source, page.translation);
    const changed = problems.some((problem) => /is not in the Swedish page/.test(problem.message));
    (changed ? errors : warnings).push(...problems);
  }
  return { errors, warnings };
}
