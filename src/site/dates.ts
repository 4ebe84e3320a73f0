/** Dates shown to readers, in their language's digits and calendar conventions. */
import { getLanguage, gregorianBeside, type LanguageCode } from '../i18n/languages.ts';

/** Machine-readable value for `<time datetime>`, and the numeric form Swedish letters use. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One formatter per locale: making an Intl.DateTimeFormat costs far more than using one, and every page shows dates. */
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A long date in a locale and its own calendar. The era is left out: Pashto's Solar Hijri
 * dates carry a Latin "AP", and Latin letters have no place in a right-to-left date.
 */
function longDate(date: Date, intlLocale: string): string {
  let format = longDateFormats.get(intlLocale);
  if (!format) {
    // Content dates are calendar days without a time: format them in UTC so no timezone shifts the day.
    format = new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDateFormats.set(intlLocale, format);
  }
  const parts = format.formatToParts(date);
  return parts.filter((part) => part.type !== 'era').map((part) => part.value).join('').replace(/\s+/g, ' ').trim();
}

/**
 * The date as a reader of `lang` writes it, with the Gregorian date beside it where the everyday
 * calendar or month names differ from the letters they get (see `gregorianBeside`).
 */
export function formatDate(date: Date, lang: LanguageCode): string {
  const { intlLocale } = getLanguage(lang);
  const everyday = longDate(date, intlLocale);
  const beside = gregorianBeside[lang];
  if (beside === undefined) return everyday;
  const gregorian = beside === 'numeric' ? isoDate(date) : longDate(date, `${intlLocale}-u-ca-gregory`);
  return gregorian === everyday ? everyday : `${everyday} (${gregorian})`;
}
