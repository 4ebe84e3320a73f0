/** Dates shown to readers, in their language's digits and calendar conventions. */

export function formatDate(date: Date, intlLocale: string): string {
  // Content dates are calendar days without a time: format them in UTC so no timezone shifts the day.
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Machine-readable value for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
