/**
 * Handing a page over, for staff: the page's full address in the language the client reads,
 * ready to copy, to share through the phone's own share sheet, or to send by SMS, e-mail or
 * WhatsApp; the share view with its QR code; the bilingual handout; and "report a problem".
 * Pure: the share control, the share view and the handout render what these functions return.
 * Every link carries only the page's address, and none of them sends anything by itself.
 */
import { getLanguage, languageAttributes, languages, sourceLanguage, type LanguageAttributes, type LanguageCode } from '../i18n/languages.ts';
import type { Translate } from '../i18n/translator.ts';
import type { SitePage } from './model.ts';
import { formatDate, isoDate } from './dates.ts';
import { isUnreviewedMachineTranslation, type SiteIndex } from './model.ts';
import { qrCode, type QrCode } from './qr.ts';
import { generatedPageUrl, pageUrl, toolPageUrl } from './routes.ts';
import { shellView, type ShellView } from './view.ts';
import { problemReportAddress } from './site-config.ts';

/** The ways to send an address: the person's own apps, opened only when they tap. */
export interface MessagingLink {
  kind: 'sms' | 'email' | 'whatsapp';
  labelKey: string;
  href: string;
}

export function messagingLinks(address: string): MessagingLink[] {
  const body = encodeURIComponent(address);
  return [
    // `?&body=` is read by both Android (`?body=`) and iOS (`&body=`) messaging apps.
    { kind: 'sms', labelKey: 'share.sms', href: `sms:?&body=${body}` },
    { kind: 'email', labelKey: 'share.email', href: `mailto:?body=${body}` },
    { kind: 'whatsapp', labelKey: 'share.whatsapp', href: `https://wa.me/?text=${body}` },
  ];
}

/**
 * The bilingual handout of a page in a language: the reader's text and the Swedish text after
 * it. A Swedish page pairs with English where there is one. A page not yet translated into the
 * reader's language has no handout of its own (it would print the Swedish twice): it offers the
 * Swedish page's handout.
 */
export interface HandoutPair {
  /** Whose handout it is: the URL's language. */
  lang: LanguageCode;
  /** The first text, in the reader's language. */
  reader: LanguageCode;
  /** The second text (Swedish; English beside a Swedish page), if the page exists in it. */
  second: LanguageCode | undefined;
}

export function handoutPairOf(page: Pick<SitePage, 'lang' | 'kind' | 'availableIn'>): HandoutPair {
  if (page.kind === 'fallback' || page.lang === sourceLanguage) {
    return { lang: sourceLanguage, reader: sourceLanguage, second: page.availableIn.includes('en') ? 'en' : undefined };
  }
  return { lang: page.lang, reader: page.lang, second: sourceLanguage };
}

/** Pages that get a handout of their own: every page with real text in its language. */
export function hasOwnHandout(page: Pick<SitePage, 'lang' | 'kind'>): boolean {
  return page.kind !== 'fallback';
}

export function handoutUrl(page: Pick<SitePage, 'lang' | 'kind' | 'availableIn' | 'id'>): string {
  return toolPageUrl('handout', handoutPairOf(page).lang, page.id);
}

/** The page in one language, as the share control offers it. */
export interface ShareTarget {
  lang: LanguageCode;
  endonym: string;
  attributes: LanguageAttributes;
  hreflang: string;
  /** The full address, what a phone needs. */
  address: string;
  /** The share view with its QR code, which works without JavaScript. */
  shareView: string;
  handout: string;
  current: boolean;
}

export interface ShareControlView {
  current: ShareTarget;
  messaging: MessagingLink[];
  /** Every language (the page's own first), so staff pick the client's. */
  targets: ShareTarget[];
  /** What the <share-page> element says once it has copied or shared. */
  strings: { copy: string; copied: string; copyFailed: string; share: string; language: string };
}

/** `pageIn(code)` is the page in a language (fallbacks included): its handout follows its kind. */
export function shareTargets(lang: LanguageCode, id: string, pageIn: (code: LanguageCode) => Pick<SitePage, 'lang' | 'kind' | 'availableIn' | 'id'> | undefined, siteUrl: URL): ShareTarget[] {
  const targets: ShareTarget[] = [];
  for (const language of languages) {
    const page = pageIn(language.code);
    if (!page) continue;
    targets.push({
      lang: language.code,
      endonym: language.endonym,
      attributes: languageAttributes(language.code),
      hreflang: language.hreflang,
      address: new URL(pageUrl(language.code, id), siteUrl).href,
      shareView: toolPageUrl('share', language.code, id),
      handout: handoutUrl(page),
      current: language.code === lang,
    });
  }
  return targets.sort((a, b) => Number(b.current) - Number(a.current));
}

export function shareControlView(targets: ShareTarget[], t: Translate): ShareControlView {
  const current = targets.find((target) => target.current) ?? targets[0]!;
  return {
    current,
    messaging: messagingLinks(current.address),
    targets,
    strings: { copy: t('share.copy'), copied: t('share.copied'), copyFailed: t('share.copyFailed'), share: t('share.share'), language: t('share.language') },
  };
}

/**
 * "Report a problem with this page": the reader's own e-mail, addressed to the editors, with
 * the page, its language and the version they read filled in (the Swedish version a translation
 * was made from, or the Swedish page's own, and the date it was updated), so the report reaches
 * that language's editors about that text.
 */
export function problemReportHref(page: SitePage, version: string, siteUrl: URL, t: Translate): string {
  const address = new URL(page.url, siteUrl).href;
  const language = getLanguage(page.lang);
  const date = isoDate(page.shown.data.updated);
  const subject = `[${page.lang}] ${page.shown.data.title}`;
  const body = [
    `${t('report.prompt')}`,
    '',
    '',
    '---',
    `Page: ${address}`,
    `Language: ${language.englishName} (${page.lang})${page.kind === 'fallback' ? ', not translated: Swedish shown' : ''}`,
    `Version: ${version} (updated ${date})`,
  ].join('\r\n');
  return `mailto:${problemReportAddress}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Which Swedish version the reader sees: the one a translation records, or the source's own. */
export function versionOf(page: SitePage, sourceHash: string): string {
  if (page.kind === 'translation') return page.translation?.data.translation?.source ?? 'unknown';
  return sourceHash;
}

/** The share control of a page: the page in every language it is built in. */
export function pageShareView(site: SiteIndex, page: SitePage, siteUrl: URL, t: Translate): ShareControlView {
  return shareControlView(shareTargets(page.lang, page.id, (code) => site.page(code, page.id), siteUrl), t);
}

/** The share view: the share control with the QR code of the page in the view's language. */
export interface ShareViewModel {
  shell: ShellView;
  heading: string;
  intro: string;
  pageHref: string;
  qr: QrCode;
  share: ShareControlView;
}

export function shareViewModel(site: SiteIndex, page: SitePage, siteUrl: URL, t: Translate): ShareViewModel {
  const share = pageShareView(site, page, siteUrl, t);
  const title = page.shown.data.title;
  return {
    shell: shellView(
      {
        lang: page.lang,
        url: toolPageUrl('share', page.lang, page.id),
        title: t('shareView.title', { title }),
        description: page.shown.data.description,
        noindex: true,
        offlineInFooter: false,
        // The staff part has share views in Swedish and English only: other languages lead home.
        picker: (code) => (page.publishedIn.includes(code) ? toolPageUrl('share', code, page.id) : generatedPageUrl(code, 'home')),
      },
      siteUrl,
      t,
    ),
    heading: t('shareView.title', { title }),
    intro: t('shareView.intro', { language: getLanguage(page.lang).endonym }),
    pageHref: page.url,
    qr: qrCode(share.current.address),
    share,
  };
}

/** One language's text on a handout. */
export interface HandoutColumn {
  lang: LanguageCode;
  attributes: LanguageAttributes;
  endonym: string;
  title: string;
  address: string;
  qr: QrCode;
  updated: { iso: string; display: string };
  /** A machine translation says so on paper too. */
  machine: boolean;
  /** The rendered text, its ids prefixed by the language and its links written as full addresses. */
  html: string;
  t: Translate;
}

export interface HandoutView {
  html: LanguageAttributes;
  title: string;
  /** The page's description in the reader's language, for `<meta name="description">`. */
  description: string;
  canonical: string;
  label: string;
  pageHref: string;
  columns: HandoutColumn[];
}

/**
 * A page's rendered HTML made to stand on the handout beside another language's: ids (and the
 * links to them) get the language as prefix, since both texts use the same heading ids, and
 * links are written as full addresses, so they resolve from the handout's address and print as
 * something a reader can type.
 */
export function handoutHtml(html: string, idPrefix: string, pageAddress: string): string {
  return html
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/\s(aria-(?:labelledby|describedby))="([^"]+)"/g, (_, name: string, ids: string) => ` ${name}="${ids.split(/\s+/).map((id) => `${idPrefix}-${id}`).join(' ')}"`)
    .replace(/\shref="([^"]*)"/g, (whole, href: string) => {
      if (href.startsWith('#')) return ` href="#${idPrefix}-${href.slice(1)}"`;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return whole;
      return ` href="${new URL(href.replace(/&amp;/g, '&'), pageAddress).href.replace(/&/g, '&amp;')}"`;
    });
}

/** The pages whose texts a page's handout shows, reader's language first (see `handoutPairOf`). */
export function handoutShownPages(site: SiteIndex, page: SitePage): SitePage[] {
  const pair = handoutPairOf(page);
  return [pair.reader, ...(pair.second ? [pair.second] : [])].map((code) => site.page(code, page.id)!);
}

/**
 * The bilingual handout of a page in a language (see `handoutPairOf`). `renderedHtml` gives a
 * page's rendered text in a language.
 */
export function handoutView(site: SiteIndex, page: SitePage, renderedHtml: (shown: SitePage) => string, siteUrl: URL, translatorFor: (code: LanguageCode) => Translate): HandoutView {
  const pair = handoutPairOf(page);
  const columns = handoutShownPages(site, page).map((shown): HandoutColumn => {
    const code = shown.lang;
    const address = new URL(shown.url, siteUrl).href;
    const data = shown.shown.data;
    return {
      lang: code,
      attributes: languageAttributes(code),
      endonym: getLanguage(code).endonym,
      title: data.title,
      address,
      qr: qrCode(address),
      updated: { iso: isoDate(data.updated), display: formatDate(data.updated, code) },
      machine: isUnreviewedMachineTranslation(shown),
      html: handoutHtml(renderedHtml(shown), code, address),
      t: translatorFor(code),
    };
  });
  const t = translatorFor(pair.reader);
  return {
    html: languageAttributes(pair.reader),
    title: `${columns.map((column) => column.title).join(' · ')} – ${t('handout.label')}`,
    // Handouts are not indexed, but a shared or bookmarked link still shows a description (and
    // Lighthouse's SEO score counts it on every page).
    description: site.page(pair.reader, page.id)!.shown.data.description,
    canonical: new URL(toolPageUrl('handout', pair.lang, page.id), siteUrl).href,
    label: `${t('site.name')} · ${t('handout.label')}`,
    pageHref: pageUrl(pair.reader, page.id),
    columns,
  };
}
