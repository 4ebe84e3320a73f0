/**
 * Sizes, times and dates as the reader reads them: in their language, with their digits, from
 * Intl. Shared by the save control in the browser, the build (which writes the guide's size into
 * the pages), the benchmark and their tests.
 */
import { fillPlaceholders, pluralText } from '../search/text.ts';
import type { OfflineStrings } from './control-config.ts';

/** "1.4 MB", "٨٤٠ ك.ب" — megabytes from 1 MB on (one decimal below 10), kilobytes below. */
export function formatBytes(bytes: number, intlLocale: string): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes);
  }
  return new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}

/** A slow mobile connection, for "about how long" figures: 400 kilobits a second. */
export const slowConnectionBitsPerSecond = 400_000;

export function secondsToDownload(bytes: number, bitsPerSecond: number = slowConnectionBitsPerSecond): number {
  return (bytes * 8) / bitsPerSecond;
}

/** Whole minutes, at least one: "about 2 minutes" reads better than seconds for a download. */
export function minutesToDownload(bytes: number, bitsPerSecond: number = slowConnectionBitsPerSecond): number {
  return Math.max(1, Math.ceil(secondsToDownload(bytes, bitsPerSecond) / 60));
}

/** "7 December 2026" in the reader's language and calendar digits. */
export function formatSavedDate(date: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "45 %" with the reader's digits and percent sign. */
export function formatPercent(done: number, total: number, intlLocale: string): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * "840 kB, about 17 minutes on a slow connection": the guide's size as the save control shows it
 * before anything is saved. The build writes it into the pages with Node's Intl (as it writes the
 * pages' dates): the first use of Intl in a page costs the browser about 45 ms of main-thread work
 * (measured in Chromium 156 on this machine), which Lighthouse counted as blocking time on every page.
 */
export function guideSizeText(strings: Pick<OfflineStrings, 'size' | 'minutes'>, bytes: number, intlLocale: string): string {
  return fillPlaceholders(strings.size, { size: formatBytes(bytes, intlLocale), minutes: pluralText(strings.minutes, minutesToDownload(bytes), intlLocale) });
}
