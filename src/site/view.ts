/**
 * What each page shows, decided here so the .astro files only render: one pure function per
 * kind of page (content page, language home, search, status, root chooser, 404s) returns its
 * view model. Like Starlight's route data, but plain functions over the site index, unit-tested
 * in tests/unit/view.test.ts. Interface strings come in as `t`; URLs only from routes.ts.
 */
import {
  getLanguage,
  homeEntrancesFirst,
  languageAttributes,
  languageName,
  languageCodes,
  languages,
  secondLanguages,
  sourceLanguage,
  type LanguageAttributes,
  type LanguageCode,
  type Script,
} from '../i18n/languages.ts';
import type { SourceLink } from '../content-files/schema.ts';
import type { PluralForms } from '../i18n/string-format.ts';
import { pluralFormsOf, type Translate, type UiStrings } from '../i18n/translator.ts';
import { formatDate, isoDate } from './dates.ts';
import { glossaryId, glossaryIndex, type GlossaryLetter } from './glossary.ts';
import type { SiteIndex, SitePage } from './model.ts';
import { isUnreviewedMachineTranslation } from './model.ts';
import { changesFeedUrl, generatedPageUrl, homeId, languageNotFoundUrl, pageUrl, rootPages, wellKnownPages } from './routes.ts';
import { changesListed, changesOf, changesShownOnPage, markedIfOther, siteChanges } from './changes.ts';
import { statusMatrix, type StatusRow } from './status.ts';
import { offlineStrings, type OfflineStrings } from '../offline/control-config.ts';
import { sizePlaceholder } from '../offline/guide-manifest.ts';
import { webManifestUrl } from '../offline/offline-paths.ts';
import { breadcrumbIds, childrenOf, isSectionPage, topLevelOf } from './tree.ts';


export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * What a page's <head> says about its languages: hreflang alternates (real versions only: a
 * fallback page shows Swedish text, so it is no alternate of anything) and x-default.
 */
export function alternatesFor(id: string, availableIn: readonly LanguageCode[], site: URL): Alternate[] {
  const alternates = availableIn.map((code) => ({
    hreflang: getLanguage(code).hreflang,
    href: new URL(pageUrl(code, id), site).href,
  }));
  if (availableIn.includes(sourceLanguage)) {
    alternates.push({ hreflang: 'x-default', href: new URL(pageUrl(sourceLanguage, id), site).href });
  }
  return alternates;
}

/** Titles read "Page – Site", and the site name alone on the home page. */
export function documentTitle(pageTitle: string | undefined, siteName: string): string {
  return pageTitle ? `${pageTitle} – ${siteName}` : siteName;
}

/**
 * Attributes for text shown on a page: none when it is in the page's language, and the
 * source's lang, dir and script on a fallback, whose text is Swedish.
 */
export type TextAttributes = LanguageAttributes | Record<string, never>;

export function textAttributesOf(page: SitePage): TextAttributes {
  return page.kind === 'fallback' ? languageAttributes(page.shown.folder as LanguageCode) : {};
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table of contents is worth its space only on long pages: three or more sections. */
export const minimumSectionsForToc = 3;

export function tocEntries(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2 && heading.text.trim() !== '');
  return sections.length >= minimumSectionsForToc ? sections : [];
}

/** The numbers every page carries. `display` keeps a no-break space so "114 14" never splits. */
export const emergencyNumbers = [
  { dial: '112', display: '112', labelKey: 'emergency.112' },
  { dial: '1177', display: '1177', labelKey: 'emergency.1177' },
  { dial: '11414', display: '114\u00a014', labelKey: 'emergency.11414' },
] as const;

export interface PickerLink {
  href: string;
  endonym: string;
  hreflang: string;
  /** Marks the endonym with its own language. */
  attributes: LanguageAttributes;
  /** The language's name in the page's language ("Dari" on an English page); none where it is the endonym. */
  name: string | undefined;
  /** false: that language has no translation of this page and shows the Swedish text. */
  translated: boolean;
  current: boolean;
}

/**
 * The same page in every language, each endonym marked with its own language, named in the
 * page's language, and marked where that language would show the Swedish text.
 * `availableIn`: the languages with their own version of this page (all, for generated pages).
 */
export function pickerLinks(lang: LanguageCode, urlIn: (code: LanguageCode) => string, availableIn: readonly LanguageCode[] = languageCodes): PickerLink[] {
  return languages.map((language) => {
    const name = languageName(language.code, lang);
    return {
      href: urlIn(language.code),
      endonym: language.endonym,
      hreflang: language.hreflang,
      attributes: languageAttributes(language.code),
      name: name.toLocaleLowerCase(language.intlLocale) === language.endonym.toLocaleLowerCase(language.intlLocale) ? undefined : name,
      translated: availableIn.includes(language.code),
      current: language.code === lang,
    };
  });
}

/** Everything the page shell (BaseLayout: head, header, emergency numbers, footer) renders. */
export interface ShellView {
  lang: LanguageCode;
  /** Attributes of `<html>`. */
  html: LanguageAttributes;
  head: {
    title: string;
    description: string;
    canonical: string;
    alternates: Alternate[];
    noindex: boolean;
    /** The search page runs Pagefind, which compiles WebAssembly. */
    webAssembly: boolean;
    /** The language's web app manifest, so the guide installs in the reader's language. */
    manifest: string;
    /** The language's Atom feed of changes, offered on every page; an absolute URL. */
    feed: { href: string; title: string; hreflang: string };
  };
  /** Only real text in the page's language is indexed for search, so no Swedish leaks in. */
  searchable: boolean;
  /** `label` names the control for screen readers; `current` is what the summary shows. */
  picker: { label: string; current: string; links: PickerLink[] };
  links: { home: string; search: string; emergency: string; footer: { href: string; labelKey: string }[] };
  /** The footer's save-for-offline control; none where the page shows it already (home). */
  offline: OfflineControlView | undefined;
}

interface ShellOptions {
  lang: LanguageCode;
  url: string;
  title?: string | undefined;
  description: string;
  alternates?: Alternate[];
  noindex?: boolean;
  webAssembly?: boolean;
  searchable?: boolean;
  offlineInFooter?: boolean;
  picker: (code: LanguageCode) => string;
  /** Languages with their own version of this page; omitted: every language (generated pages). */
  availableIn?: readonly LanguageCode[];
}

export function shellView(options: ShellOptions, siteUrl: URL, t: Translate, moreFooterLinks: { href: string; labelKey: string }[] = []): ShellView {
  const { lang } = options;
  return {
    lang,
    html: languageAttributes(lang),
    head: {
      title: documentTitle(options.title, t('site.name')),
      description: options.description,
      canonical: new URL(options.url, siteUrl).href,
      alternates: options.alternates ?? [],
      noindex: options.noindex ?? false,
      webAssembly: options.webAssembly ?? false,
      manifest: webManifestUrl(lang),
      // Absolute like the canonical and hreflang links: an alternate with hreflang is read by
      // crawlers (and Lighthouse's hreflang audit) as a language version, which needs a full URL.
      feed: { href: new URL(changesFeedUrl(lang), siteUrl).href, title: `${t('changes.title')} – ${t('site.name')}`, hreflang: getLanguage(lang).hreflang },
    },
    searchable: options.searchable ?? false,
    picker: { label: `${t('languagePicker.label')}: ${getLanguage(lang).endonym}`, current: getLanguage(lang).endonym, links: pickerLinks(lang, options.picker, options.availableIn) },
    links: {
      home: generatedPageUrl(lang, 'home'),
      search: generatedPageUrl(lang, 'search'),
      emergency: pageUrl(lang, wellKnownPages.emergency),
      footer: [
        { href: pageUrl(lang, wellKnownPages.about), labelKey: 'footer.about' },
        { href: pageUrl(lang, wellKnownPages.accessibility), labelKey: 'footer.accessibility' },
        { href: pageUrl(lang, wellKnownPages.privacy), labelKey: 'footer.privacy' },
        { href: generatedPageUrl(lang, 'status'), labelKey: 'footer.translations' },
        { href: generatedPageUrl(lang, 'changes'), labelKey: 'changes.title' },
        { href: changesFeedUrl(lang), labelKey: 'changes.feed' },
        ...moreFooterLinks,
      ],
    },
    offline: options.offlineInFooter === false ? undefined : offlineControlView(lang, t, 'footer'),
  };
}

/** A link to a page with its description: a section's pages, or the entrances on the home page. */
export interface PageListItem {
  id: string;
  href: string;
  title: string;
  description: string;
  /**
   * An untranslated page is listed with its Swedish title and description, marked as Swedish
   * (on the title and description, while the item keeps the page's direction) and labelled
   * "(in Swedish)" in the reader's language.
   */
  text: TextAttributes;
  inSwedish: boolean;
  /** …which must not enter this language's search index. */
  searchable: boolean;
}

function listItem(page: SitePage): PageListItem {
  const isFallback = page.kind === 'fallback';
  return { id: page.id, href: page.url, title: page.shown.data.title, description: page.shown.data.description, text: textAttributesOf(page), inSwedish: isFallback, searchable: !isFallback };
}

/**
 * Entrances in the order a language's readers need them: the ids its registry entry puts first,
 * in that order, then the rest in their own order. Ids not on the list are ignored.
 */
export function orderedFirst<T extends { id: string }>(items: readonly T[], first: readonly string[]): T[] {
  const rank = (item: T) => {
    const index = first.indexOf(item.id);
    return index === -1 ? first.length : index;
  };
  // Array.prototype.sort is stable: items of equal rank keep their order.
  return [...items].sort((a, b) => rank(a) - rank(b));
}

function treeNodes(site: SiteIndex) {
  return site.sourcePages.map((page) => ({ id: page.id, order: page.source.data.order }));
}

/** The pages listed on the language home: sections and pages under no section. */
/** The entrances for newcomers: the staff part has its own entrance (`staffFooterLinks`). */
export function topLevelItems(site: SiteIndex, lang: LanguageCode): PageListItem[] {
  return topLevelOf(treeNodes(site)).flatMap((node) => {
    const page = site.page(lang, node.id);
    return page && !page.forStaff ? [listItem(page)] : [];
  });
}

export function sectionItems(site: SiteIndex, lang: LanguageCode, sectionId: string): PageListItem[] {
  return childrenOf(sectionId, treeNodes(site)).flatMap((node) => {
    const page = site.page(lang, node.id);
    return page ? [listItem(page)] : [];
  });
}

/** The staff part's entrance, in the footer of its languages' pages, where the site has one. */
export function staffFooterLinks(site: SiteIndex, lang: LanguageCode): { href: string; labelKey: string }[] {
  const entrance = site.page(lang, wellKnownPages.staff);
  return entrance?.forStaff ? [{ href: entrance.url, labelKey: 'footer.forStaff' }] : [];
}

export interface Crumb {
  title: string;
  href: string;
  text: TextAttributes;
  inSwedish: boolean;
}

function crumbFor(page: SitePage): Crumb {
  return { title: page.shown.data.title, href: page.url, text: textAttributesOf(page), inSwedish: page.kind === 'fallback' };
}

/** A link to another language's version, marked so screen readers switch voice. */
export interface VersionLink {
  href: string;
  hreflang: string;
}

/**
 * The notices above a page's text, each present only when true: not translated yet (Swedish
 * shown; with a link to the English version if there is one), translated from an older
 * Swedish version, or machine-translated and not reviewed.
 */
export interface Notices {
  fallback?: { languageName: string; english?: VersionLink | undefined };
  outdated?: { source: VersionLink };
  machine?: { source: VersionLink };
}

/** The second language that is not the source: the one a fallback page links to (English). */
const otherSecondLanguage: LanguageCode = secondLanguages.find((code) => code !== sourceLanguage)!;

export function noticesFor(page: SitePage): Notices {
  const notices: Notices = {};
  const source = { href: pageUrl(sourceLanguage, page.id), hreflang: getLanguage(sourceLanguage).hreflang };
  if (page.kind === 'fallback') {
    // (An English fallback has no English version to offer: availableIn says so.)
    const english = page.availableIn.includes(otherSecondLanguage)
      ? { href: pageUrl(otherSecondLanguage, page.id), hreflang: getLanguage(otherSecondLanguage).hreflang }
      : undefined;
    notices.fallback = { languageName: getLanguage(page.lang).endonym, english };
  }
  if (page.status === 'outdated') notices.outdated = { source };
  if (isUnreviewedMachineTranslation(page)) notices.machine = { source };
  return notices;
}

export interface ContentPageView {
  shell: ShellView;
  title: string;
  /** Attributes of the text shown (h1, table of contents, body). */
  text: TextAttributes;
  breadcrumbs: { trail: Crumb[]; current: Crumb };
  notices: Notices;
  updated: { iso: string; display: string };
  /** The latest changes, shown under the date ("What changed"). */
  changes: ChangeItem[];
  toc: Heading[];
  /**
   * The language the table of contents is written in: on a fallback the whole list is Swedish,
   * heading included, so its direction never mixes (the notice above says the text is Swedish).
   */
  tocLanguage: LanguageCode;
  /** On the glossary only: its terms A–Ö by Swedish headword, with a way back from each term. */
  glossary: GlossaryLetter[] | undefined;
  children: PageListItem[];
  /** The authorities' pages the facts come from; their titles are Swedish, as the authorities write them. */
  sources: (SourceLink & { text: LanguageAttributes })[];
}

/** Every content page in every language: a translation, the Swedish source, or a fallback. */
export function contentPageView(site: SiteIndex, page: SitePage, headings: readonly Heading[], siteUrl: URL, t: Translate): ContentPageView {
  const data = page.shown.data;
  const existingIds = new Set(site.sourcePages.map((source) => source.id));
  const isFallback = page.kind === 'fallback';
  return {
    shell: shellView({
      lang: page.lang,
      url: page.url,
      title: data.title,
      description: data.description,
      // A fallback is Swedish text under another language's URL: it is nobody's alternate.
      alternates: isFallback ? [] : alternatesFor(page.id, page.availableIn, siteUrl),
      noindex: isFallback,
      searchable: !isFallback,
      // A staff page exists in Swedish and English only: other languages lead to their home.
      picker: (code) => (page.publishedIn.includes(code) ? pageUrl(code, page.id) : generatedPageUrl(code, 'home')),
      availableIn: page.availableIn,
    }, siteUrl, t, staffFooterLinks(site, page.lang)),
    title: data.title,
    text: textAttributesOf(page),
    breadcrumbs: {
      trail: breadcrumbIds(page.id, existingIds).map((id) => crumbFor(site.page(page.lang, id)!)),
      current: crumbFor(page),
    },
    notices: noticesFor(page),
    updated: { iso: isoDate(data.updated), display: formatDate(data.updated, page.lang) },
    changes: changesOf(page).slice(0, changesShownOnPage).map((change) => ({
      iso: change.date,
      display: displayDay(change.date, page.lang),
      summary: change.summary,
      summaryText: markedIfOther(change.summaryLang, page.lang),
    })),
    toc: tocEntries(headings),
    tocLanguage: isFallback ? (page.shown.folder as LanguageCode) : page.lang,
    glossary: page.id === glossaryId ? glossaryIndex(headings) : undefined,
    children: isSectionPage(page.id) ? sectionItems(site, page.lang, page.id) : [],
    sources: (page.source.data.sources ?? []).map((source) => ({ ...source, text: languageAttributes(sourceLanguage) })),
  };
}

/** A change as a page shows it: its day, formatted like "last updated", and its summary. */
export interface ChangeItem {
  iso: string;
  display: string;
  summary: string;
  /** Set when the summary is Swedish on another language's page. */
  summaryText: TextAttributes;
}

function displayDay(iso: string, lang: LanguageCode): string {
  return formatDate(new Date(`${iso}T00:00:00Z`), lang);
}

export interface ChangesView {
  shell: ShellView;
  feed: string;
  items: (ChangeItem & { href: string; title: string; titleText: TextAttributes })[];
}

/** A language's changes page: recent changes across the site, newest first, each linking its page. */
export function changesView(site: SiteIndex, lang: LanguageCode, siteUrl: URL, t: Translate): ChangesView {
  return {
    shell: shellView({ lang, url: generatedPageUrl(lang, 'changes'), title: t('changes.title'), description: t('changes.intro'), picker: (code) => generatedPageUrl(code, 'changes') }, siteUrl, t),
    feed: changesFeedUrl(lang),
    items: siteChanges(site.pages, lang).slice(0, changesListed).map((change) => ({
      iso: change.date,
      display: displayDay(change.date, lang),
      summary: change.summary,
      summaryText: markedIfOther(change.summaryLang, lang),
      href: change.page.url,
      title: change.title,
      titleText: markedIfOther(change.titleLang, lang),
    })),
  };
}

export interface HomeView {
  shell: ShellView;
  items: PageListItem[];
  offline: OfflineControlView;
}

/** A language's home page: entrances by situation, in the reader's language. */
export function homeView(site: SiteIndex, lang: LanguageCode, siteUrl: URL, t: Translate): HomeView {
  // Every language has a real home page (its text is interface strings); x-default is the chooser.
  const alternates = [
    ...languageCodes.map((code) => ({ hreflang: getLanguage(code).hreflang, href: new URL(generatedPageUrl(code, 'home'), siteUrl).href })),
    { hreflang: 'x-default', href: new URL(rootPages.chooser, siteUrl).href },
  ];
  return {
    shell: shellView({ lang, url: generatedPageUrl(lang, 'home'), description: t('site.tagline'), alternates, searchable: true, offlineInFooter: false, picker: (code) => pageUrl(code, homeId) }, siteUrl, t, staffFooterLinks(site, lang)),
    items: orderedFirst(topLevelItems(site, lang), homeEntrancesFirst[lang]),
    offline: offlineControlView(lang, t, 'home'),
  };
}

/** A language offered in search when the reader's own finds nothing. */
export interface OtherSearchLanguage {
  code: string;
  htmlLang: string;
  dir: string;
  script: Script;
  label: string;
  /** Said offline when this language's index is not saved (a saved guide holds only its own language's). */
  needsConnection: string;
}

/** What the <site-search> element reads from its `data-config`. */
export interface SearchConfig {
  lang: string;
  /** `<html lang>` of the page: picks Pagefind's index. */
  htmlLang: string;
  intlLocale: string;
  results: PluralForms;
  noResults: string;
  loading: string;
  /** Before the suggested spelling of a query that found nothing ("Did you mean:"). */
  didYouMean: string;
  /** Over the results of the suggested spelling, run at once when the query as typed found nothing; `{{query}}` is the suggestion. */
  showingResultsFor: string;
  /** Before the link that searches the query as typed, without the suggested spelling. */
  searchInstead: string;
  otherLanguages: OtherSearchLanguage[];
  /** Said offline when neither the Swedish nor the English index is saved. */
  otherNeedConnection: string;
  /** Words too common to search alone, per language code (from the search vocabularies). */
  ignore: Record<string, string[]>;
  /** First path segment of a section → its title in the reader's language, to label results. */
  sections: Record<string, string>;
}

export interface SearchView {
  shell: ShellView;
  action: string;
  config: SearchConfig;
  /** Heading over results from other languages, naming only the languages searched. */
  otherHeading: string;
  /** Offered when nothing is found in any language. */
  glossaryUrl: string;
  /** The sections, listed for readers without JavaScript. */
  sections: PageListItem[];
}

/**
 * `strings` are the language's raw interface strings: the script fills their placeholders itself.
 * `ignore`: the search vocabularies' words too common to search alone, by language code.
 */
export function searchView(site: SiteIndex, lang: LanguageCode, strings: UiStrings, siteUrl: URL, t: Translate, ignore: Record<string, string[]> = {}): SearchView {
  const language = getLanguage(lang);
  const otherLanguages = secondLanguages
    .filter((code) => code !== lang)
    .map((code) => getLanguage(code))
    // Labels in the reader's language ("In Swedish"), not the endonym inside the reader's sentence.
    .map((other) => ({ code: other.code, htmlLang: other.htmlLang, dir: other.dir, script: other.script, label: t(other.code === 'en' ? 'search.inEnglish' : 'search.inSwedish'),
      needsConnection: t(other.code === 'en' ? 'search.englishNeedsConnection' : 'search.swedishNeedsConnection'),
    }));
  const sections = topLevelItems(site, lang);
  return {
    shell: shellView({ lang, url: generatedPageUrl(lang, 'search'), title: t('search.title'), description: t('search.label'), webAssembly: true, picker: (code) => generatedPageUrl(code, 'search') }, siteUrl, t),
    action: generatedPageUrl(lang, 'search'),
    config: {
      lang,
      intlLocale: language.intlLocale,
      results: pluralFormsOf(strings, 'search.results'),
      noResults: strings['search.noResults']!,
      loading: t('search.loading'),
      didYouMean: t('search.didYouMean'),
      showingResultsFor: strings['search.showingResultsFor']!,
      searchInstead: t('search.searchInstead'),
      htmlLang: language.htmlLang,
      otherLanguages,
      otherNeedConnection: t('search.otherNeedConnection'),
      ignore: Object.fromEntries([lang, ...otherLanguages.map((other) => other.code)].map((code) => [code, ignore[code] ?? []])),
      sections: Object.fromEntries(sections.map((section) => [new URL(section.href, siteUrl).pathname.split('/')[2] ?? '', section.title])),
    },
    otherHeading: otherLanguages.length > 1 ? t('search.otherLanguages') : t(otherLanguages[0]?.code === 'en' ? 'search.otherEnglish' : 'search.otherSwedish'),
    glossaryUrl: pageUrl(lang, glossaryId),
    sections,
  };
}

export interface StatusView {
  shell: ShellView;
  /** One column per language, headed by its code (marked with the language, as screen readers need). */
  columns: { code: LanguageCode; lang: string }[];
  rows: StatusRow[];
}

/** For editors: every page × every language, with its status and a link to each version. */
export function statusView(site: SiteIndex, lang: LanguageCode, siteUrl: URL, t: Translate): StatusView {
  return {
    shell: shellView({ lang, url: generatedPageUrl(lang, 'status'), title: t('status.title'), description: t('status.intro'), noindex: true, picker: (code) => generatedPageUrl(code, 'status') }, siteUrl, t),
    columns: languageCodes.map((code) => ({ code, lang: getLanguage(code).htmlLang })),
    rows: statusMatrix(site.pages),
  };
}

/** One language's entry on the root pages (chooser, 404): its strings, marked with its language. */
export interface RootEntry {
  code: LanguageCode;
  home: string;
  hreflang: string;
  endonym: string;
  attributes: LanguageAttributes;
  /** The language's name in the second languages (Swedish, English), each marked with its language. */
  names: { text: string; attributes: LanguageAttributes }[];
  t: Translate;
}

export interface RootView {
  html: LanguageAttributes;
  /** The heading in the two second languages: the first as the page's language, the second marked. */
  heading: { first: string; second: string; secondAttributes: LanguageAttributes };
  entries: RootEntry[];
}

/**
 * The pages outside the language folders: the root language chooser and the 404 page. They
 * speak every language, each entry in its own lang and dir, and head in the second languages.
 */
export function rootView(headingKey: string, translatorFor: (code: LanguageCode) => Translate): RootView {
  const [first, second] = secondLanguages;
  return {
    html: languageAttributes(first),
    heading: { first: translatorFor(first)(headingKey), second: translatorFor(second)(headingKey), secondAttributes: languageAttributes(second) },
    entries: languages.map((language) => ({
      code: language.code,
      home: generatedPageUrl(language.code, 'home'),
      hreflang: language.hreflang,
      endonym: language.endonym,
      attributes: languageAttributes(language.code),
      names: secondLanguages.map((code) => ({ text: languageName(language.code, code), attributes: languageAttributes(code) })),
      t: translatorFor(language.code),
    })),
  };
}

export interface ChooserView extends RootView {
  /** The emergency numbers' link to more numbers: the Swedish emergency page. */
  emergency: string;
  title: string;
  description: string;
  canonical: string;
  alternates: Alternate[];
}

/** The root: a language chooser. It never redirects; every language names itself. */
export function chooserView(siteUrl: URL, translatorFor: (code: LanguageCode) => Translate): ChooserView {
  const root = rootView('chooser.title', translatorFor);
  const chooserUrl = new URL(rootPages.chooser, siteUrl).href;
  return {
    ...root,
    emergency: pageUrl(sourceLanguage, wellKnownPages.emergency),
    title: [...new Set(secondLanguages.map((code) => translatorFor(code)('site.name')))].join(' · '),
    description: translatorFor(sourceLanguage)('site.tagline'),
    canonical: chooserUrl,
    alternates: [...root.entries.map((entry) => ({ hreflang: entry.hreflang, href: new URL(entry.home, siteUrl).href })), { hreflang: 'x-default', href: chooserUrl }],
  };
}

/** The 404 page: "not found" in every language with a link home; its title in the second languages. */
export function notFoundView(translatorFor: (code: LanguageCode) => Translate): RootView & { title: string } {
  const root = rootView('notFound.title', translatorFor);
  return { ...root, title: `${root.heading.first} · ${root.heading.second}` };
}

export interface LanguageNotFoundView {
  shell: ShellView;
  /** Where a reader who followed a dead link goes next: the language's home and its search. */
  links: { home: string; search: string };
}

/**
 * A language's own 404 page, in the reader's language and direction; the picker leads to each
 * language's home, since the missing page has no address in any language. Not indexed.
 */
export function languageNotFoundView(lang: LanguageCode, siteUrl: URL, t: Translate): LanguageNotFoundView {
  return {
    shell: shellView({ lang, url: languageNotFoundUrl(lang), title: t('notFound.title'), description: t('notFound.body'), noindex: true, picker: (code) => generatedPageUrl(code, 'home') }, siteUrl, t),
    links: { home: generatedPageUrl(lang, 'home'), search: generatedPageUrl(lang, 'search') },
  };
}

/** The save-for-offline control: hidden until its script finds a browser that can save pages. */
export interface OfflineControlView {
  lang: LanguageCode;
  intlLocale: string;
  /** The build writes the guide's measured size over it (src/offline/built-files-fs.ts). */
  sizePlaceholder: string;
  strings: OfflineStrings;
  /** On the home page a section with a heading; in the footer a short block. */
  variant: 'home' | 'footer';
  headingId: string;
}

export function offlineControlView(lang: LanguageCode, t: Translate, variant: 'home' | 'footer'): OfflineControlView {
  const { intlLocale } = getLanguage(lang);
  return { lang, intlLocale, sizePlaceholder, strings: offlineStrings(intlLocale, t, variant === 'home'), variant, headingId: `offline-${variant}` };
}

export interface OfflinePageView {
  shell: ShellView;
  /** Home, search and the sections: what a saved guide holds. */
  links: { href: string; title: string; text: TextAttributes; inSwedish: boolean }[];
}

/** What the service worker shows, with the network off, for a page that is not saved. */
export function offlinePageView(site: SiteIndex, lang: LanguageCode, siteUrl: URL, t: Translate): OfflinePageView {
  return {
    shell: shellView({ lang, url: generatedPageUrl(lang, 'offline'), title: t('offlinePage.title'), description: t('offlinePage.body'), noindex: true, picker: (code) => generatedPageUrl(code, 'offline') }, siteUrl, t),
    links: [
      { href: generatedPageUrl(lang, 'home'), title: t('breadcrumbs.home'), text: {}, inSwedish: false },
      { href: generatedPageUrl(lang, 'search'), title: t('search.title'), text: {}, inSwedish: false },
      ...topLevelItems(site, lang).map((item) => ({ href: item.href, title: item.title, text: item.text, inSwedish: item.inSwedish })),
    ],
  };
}
