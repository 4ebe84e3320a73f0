/**
 * "What changed" for readers: the dated changes a page records in its frontmatter (`changes:`),
 * as one page shows them under its date, as a language's changes page lists them across the
 * site, and as its Atom feed carries them. The Swedish page decides which changes there are
 * (their dates); a translation gives each date its translated summary. Where a translation has
 * none yet, or the page is a fallback, the Swedish summary is shown and marked as Swedish, as
 * fallback text is. Pure: the pages, the feed route and the tests call it.
 */
import { getLanguage, languageAttributes, sourceLanguage, type LanguageAttributes, type LanguageCode } from '../i18n/languages.ts';
import { isoDate } from './dates.ts';
import type { SitePage } from './model.ts';

/** How many changes a page shows under its date; the changes page and the feed show more. */
export const changesShownOnPage = 3;
/** How many changes the changes page and the feed list, newest first. */
export const changesListed = 50;

export interface PageChangeEntry {
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  /** Language of the summary: the page's, or Swedish where no translated summary exists. */
  summaryLang: LanguageCode;
}

/** A page's changes in its language, newest first. */
export function changesOf(page: SitePage): PageChangeEntry[] {
  const translated = new Map((page.translation?.data.changes ?? []).map((change) => [isoDate(change.date), change.summary]));
  return (page.source.data.changes ?? [])
    .map((change): PageChangeEntry => {
      const date = isoDate(change.date);
      const summary = page.lang === sourceLanguage ? undefined : translated.get(date);
      return summary === undefined
        ? { date, summary: change.summary, summaryLang: sourceLanguage }
        : { date, summary, summaryLang: page.lang };
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

export interface SiteChange extends PageChangeEntry {
  page: SitePage;
  title: string;
  /** Language of the title: Swedish on a fallback page. */
  titleLang: LanguageCode;
}

/** Every change on the site in one language, newest first; pages of one day by title order. */
export function siteChanges(pages: readonly SitePage[], lang: LanguageCode): SiteChange[] {
  return pages
    .filter((page) => page.lang === lang)
    .flatMap((page) => changesOf(page).map((change) => ({
      ...change,
      page,
      title: page.shown.data.title,
      titleLang: (page.kind === 'fallback' ? sourceLanguage : lang) as LanguageCode,
    })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.page.id.localeCompare(b.page.id));
}

/** `lang` (and `dir`) to put on text in `textLang` shown on a page in `pageLang`; none when they agree. */
export function markedIfOther(textLang: LanguageCode, pageLang: LanguageCode): LanguageAttributes | Record<string, never> {
  return textLang === pageLang ? {} : languageAttributes(textLang);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface FeedOptions {
  lang: LanguageCode;
  title: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the changes page, the feed's HTML version. */
  alternateUrl: string;
  siteUrl: URL;
  changes: readonly SiteChange[];
}

/** The id of one change: its page's address and its date, stable across builds. */
export function changeEntryId(pageUrl: string, date: string): string {
  return `${pageUrl}#andring-${date}`;
}

/**
 * An Atom 1.0 feed (RFC 4287) of a language's changes. Days carry no time: a change is
 * stamped at midnight UTC of its day. Entries in Swedish say so with xml:lang.
 */
export function atomFeed(options: FeedOptions): string {
  const { changes } = options;
  const hreflang = getLanguage(options.lang).hreflang;
  const updated = `${changes[0]?.date ?? '2026-01-01'}T00:00:00Z`;
  const entries = changes.map((change) => {
    const href = new URL(change.page.url, options.siteUrl).href;
    const entryLang = change.titleLang;
    const langAttribute = entryLang === options.lang ? '' : ` xml:lang="${getLanguage(entryLang).hreflang}"`;
    const summaryLang = change.summaryLang === entryLang ? '' : ` xml:lang="${getLanguage(change.summaryLang).hreflang}"`;
    return [
      `  <entry${langAttribute}>`,
      `    <id>${escapeXml(changeEntryId(href, change.date))}</id>`,
      `    <title>${escapeXml(change.title)}</title>`,
      `    <updated>${change.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
      `    <summary type="text"${summaryLang}>${escapeXml(change.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${hreflang}">`,
    `  <id>${escapeXml(options.alternateUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(options.title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${hreflang}" href="${escapeXml(options.alternateUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
