/**
 * The version of a Swedish source page that a translation was made from is recorded as a short
 * hash of the source's translatable text (title, description, body). Dates, order and sources
 * are left out: changing them does not make a translation wrong.
 */
import { createHash } from 'node:crypto';

export interface TranslatableText {
  title: string;
  description: string;
  body: string;
}

export const sourceHashLength = 12;

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function hashSource(text: TranslatableText): string {
  const canonical = [text.title, text.description, text.body].map(normalise).join('\n\u0000\n');
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, sourceHashLength);
}

/** The hash of a parsed content file: what a translation records in `translation.source`. */
export function sourceHashOf(file: { data: { title: string; description: string }; body: string }): string {
  return hashSource({ title: file.data.title, description: file.data.description, body: file.body });
}
