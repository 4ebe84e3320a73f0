/**
 * Frontmatter of a content page. One schema serves the Swedish source and its translations;
 * which keys a page must have in its role (source or translation) is checked by
 * `checkPageRole`, because a zod schema does not know which folder its file is in.
 */
import { z } from 'astro/zod';
import { sourceHashLength } from './hash.ts';

const isoDay = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' });

/**
 * A calendar day that exists: `2026-02-30` is refused rather than read as 2 March. The editors'
 * check reads YAML dates as text; Astro's loader may hand over a Date already.
 */
const realDay = z.union([
  z.date(),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD'),
]).transform((value, context) => {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime()) || (typeof value === 'string' && date.toISOString().slice(0, 10) !== value)) {
    context.addIssue({ code: 'custom', message: `${String(value)} is not a real calendar day` });
    return z.NEVER;
  }
  return date;
});

/** One change a reader should know about; translations repeat the date with a translated summary. */
export const changeSchema = z.strictObject({
  date: realDay,
  summary: z.string().trim().min(1, 'a change needs a one-line summary'),
});

export const sourceLinkSchema = z.object({
  title: z.string().min(1, 'a source needs a title'),
  url: z.url({ protocol: /^https$/, error: 'a source URL must be a full https:// address' }),
});

export const translationSchema = z.object({
  // YAML reads an all-digit hash as a number; the stamp command quotes it, a hand edit may not.
  source: z.coerce
    .string()
    .regex(new RegExp(`^[0-9a-f]{${sourceHashLength}}$`), {
      error: 'expected the hash written by `npm run i18n:stamp` (12 hex characters)',
    })
    .optional(),
  method: z.enum(['human', 'machine', 'machine-reviewed'], {
    error: 'expected human, machine or machine-reviewed',
  }),
  reviewed: isoDay.optional(),
});

export const pageSchema = z.strictObject({
  title: z.string().min(1, 'a page needs a title'),
  description: z.string().min(1, 'a page needs a description').max(200, 'keep the description under 200 characters'),
  updated: isoDay,
  order: z.number().int().optional(),
  // Numbers are keywords too ("112"); YAML would otherwise read them as numbers.
  keywords: z.array(z.coerce.string().min(1)).default([]),
  sources: z.array(sourceLinkSchema).optional(),
  translation: translationSchema.optional(),
  // What changed for readers, any order; the page shows the newest. Not part of the source hash.
  changes: z.array(changeSchema).optional(),
});

export type PageData = z.infer<typeof pageSchema>;
export type PageChange = z.infer<typeof changeSchema>;
export type SourceLink = z.infer<typeof sourceLinkSchema>;
export type TranslationMethod = z.infer<typeof translationSchema>['method'];
