/**
 * Frontmatter of a content page. One schema serves the Swedish source and its translations;
 * which keys a page must have in its role (source or translation) is checked by
 * `checkPageRole`, because a zod schema does not know which folder its file is in.
 *
 * The frontmatter is read with YAML's failsafe schema (frontmatter.ts): every value arrives as
 * a string, and this schema turns it into what the site needs (a calendar day, a whole number).
 */
import { z } from 'astro/zod';
import { sourceHashLength } from './hash.ts';

/** Right-to-left and left-to-right embeddings, overrides and isolates: they can make a title read differently from what it says. */
export const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;

function text(what: string, max: number) {
  return z
    .string({ error: `expected text (${what})` })
    .trim()
    .min(1, `${what} is empty`)
    .max(max, `${what} is longer than ${max} characters`)
    .refine((value) => !bidiControls.test(value), 'contains an invisible direction control character (U+202A–U+202E or U+2066–U+2069)');
}

/** A calendar day written YYYY-MM-DD that exists (no 30 February) and is not in the future. */
export function parseDay(value: string, today: Date = new Date()): Date | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return `"${value}" is not a date written as YYYY-MM-DD (e.g. 2026-11-21)`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `${value} is not a day of the calendar`;
  if (year < 2000) return `${value} is before 2000`;
  // One day of slack: an editor east of UTC may already live in tomorrow.
  if (date.getTime() > today.getTime() + 24 * 60 * 60 * 1000) return `${value} is in the future`;
  return date;
}

const day = z.string({ error: 'expected a date written as YYYY-MM-DD' }).transform((value, context) => {
  const parsed = parseDay(value);
  if (typeof parsed === 'string') {
    context.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

/** One change a reader should know about; translations repeat the date with a translated summary. */
export const changeSchema = z.strictObject({
  date: day,
  summary: text('the summary of a change', 300),
});

export const sourceLinkSchema = z.strictObject({
  title: text('the source title', 200),
  url: z.string({ error: 'expected the https:// address of the source' }).trim().refine((value) => {
    if (/\bTODO\b/.test(value)) return false;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'a source URL must be a full https:// address'),
});

export const translationSchema = z.strictObject({
  source: z
    .string()
    .regex(new RegExp(`^[0-9a-f]{${sourceHashLength}}$`), {
      error: 'expected the hash written by `npm run i18n:stamp` (12 hex characters)',
    })
    .optional(),
  method: z.enum(['human', 'machine', 'machine-reviewed'], {
    error: 'expected human, machine or machine-reviewed',
  }),
  reviewed: day.optional(),
});

export const pageSchema = z.strictObject({
  title: text('the title', 120),
  description: text('the description', 200),
  updated: day,
  order: z
    .string({ error: 'expected a whole number' })
    .regex(/^-?\d{1,6}$/, 'expected a whole number, e.g. 10')
    .transform(Number)
    .optional(),
  keywords: z.array(text('a keyword', 80), { error: 'expected a list of words, e.g. [asyl, LMA]' }).max(50, 'more than 50 keywords').default([]),
  sources: z.array(sourceLinkSchema, { error: 'expected a list of sources, each with `title:` and `url:`' }).optional(),
  translation: translationSchema.optional(),
  // What changed for readers, any order; the page shows the newest. Not part of the source hash.
  changes: z.array(changeSchema).optional(),
  /** `staff`: a page for people who work with newcomers, in Swedish and English only (src/site/audience.ts). */
  audience: z.enum(['staff'], { error: 'expected staff (a page for people who work with newcomers, published in sv and en only), or no audience' }).optional(),
});

export const pageFields = ['title', 'description', 'updated', 'order', 'keywords', 'sources', 'translation', 'changes', 'audience'] as const;
export const nestedFields: Record<string, readonly string[]> = {
  sources: ['title', 'url'],
  translation: ['source', 'method', 'reviewed'],
  changes: ['date', 'summary'],
};

export type PageData = z.output<typeof pageSchema>;
export type PageChange = z.output<typeof changeSchema>;
export type SourceLink = z.output<typeof sourceLinkSchema>;
export type TranslationMethod = z.output<typeof translationSchema>['method'];
