/**
 * The bridge between Astro and the site model: the only module that reads Astro's content
 * collection (`astro:content`). It turns the collection into ContentFiles, builds the model
 * once per build, and hands the route files what they render. Content mistakes stop the build
 * with one message that lists every problem with its file.
 */
import path from 'node:path';
import type { MarkdownHeading } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentErrors, contentErrorsEntryId, type StoredContentErrors } from '../content-files/errors.ts';
import { splitContentPath, type ContentFile } from '../content-files/file.ts';
import { resolveContentRoot } from '../content-files/read-fs.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import type { Translate } from '../i18n/translator.ts';
import { translatorFor } from '../i18n/ui.ts';
import { buildSiteModel, indexSite, type SiteIndex, type SitePage } from './model.ts';
import { pageBody, renderPageText } from '../integrations/page-text.ts';
import { routeContext, type RouteContext, type RouteInput } from './route-context.ts';

export type PageEntry = CollectionEntry<'pages'>;

export interface SiteData extends SiteIndex {
  entries: Map<string, PageEntry>;
}

let cached: Promise<SiteData> | undefined;

/** The content check's messages, as one error (what the browser shows in `astro dev`). */
class ContentProblems extends Error {
  constructor(messages: readonly string[]) {
    super(`${messages.length} content ${messages.length === 1 ? 'problem' : 'problems'} (run npm run check:i18n for the full report):\n\n${messages.join('\n\n')}`);
    this.name = 'ContentProblems';
    this.stack = this.message;
  }
}

function displayPath(filePath: string | undefined, entryId: string): string {
  if (!filePath) return `content/${entryId}.md`;
  return path.relative(process.cwd(), path.resolve(filePath));
}

async function load(): Promise<SiteData> {
  const all = await getCollection('pages');
  // The loader found content mistakes: show them (the build stops; `astro dev` shows them in the browser).
  const problems = all.find((entry) => entry.id === contentErrorsEntryId);
  if (problems) throw new ContentProblems((problems.data as unknown as StoredContentErrors).messages);
  const entries = all;
  const contentRoot = resolveContentRoot();
  const files: ContentFile[] = entries.map((entry) => {
    const filePath = entry.filePath ?? path.join(contentRoot, `${entry.id}.md`);
    const { folder, id } = splitContentPath(entry.id);
    return { folder, id, filePath: displayPath(filePath, entry.id), data: entry.data, body: pageBody(entry.id) };
  });
  const model = buildSiteModel(files);
  if (model.errors.length > 0) throw new ContentErrors(model.errors);
  return { ...indexSite(model), entries: new Map(entries.map((entry) => [entry.id, entry])) };
}

export function getSite(): Promise<SiteData> {
  // In `astro dev` content changes while the server runs: read it again on every request.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** The collection entry whose text a page shows (translation, or Swedish source on a fallback). */
export function shownEntry(site: SiteData, page: SitePage): PageEntry {
  const entry = site.entries.get(`${page.shown.folder}/${page.shown.id}`);
  if (!entry) throw new Error(`No collection entry for ${page.shown.filePath}`);
  return entry;
}

/**
 * The rendered text a page shows (its own, or the Swedish source on a fallback), with its
 * headings. Rendered when the page is built, not stored (src/integrations/page-text.ts says why).
 */
export function shownText(site: SiteData, page: SitePage): Promise<{ html: string; headings: MarkdownHeading[] }> {
  return renderPageText(shownEntry(site, page).id);
}

/** What every route in `src/pages/[lang]/` starts from: route-context.ts and the site model. */
async function languageRoute(astro: RouteInput): Promise<RouteContext & { site: SiteData }> {
  return { ...routeContext(astro, translatorFor), site: await getSite() };
}

/**
 * A route built for every content page (`contentPageStaticPaths`, `toolPageStaticPaths`): the
 * page, its language's translator, the site model and the public address.
 */
export async function contentPageRoute(astro: RouteInput & { props: { page: SitePage } }): Promise<RouteContext & { page: SitePage; site: SiteData }> {
  return { ...(await languageRoute(astro)), page: astro.props.page };
}

/** The view model of a page built once per language, from code (view.ts: `homeView`, `changesView`, …). */
export type LanguagePageView<View> = (site: SiteIndex, lang: LanguageCode, siteUrl: URL, t: Translate) => View;

/**
 * A route built once per language (`getStaticPaths = everyLanguagePaths`): its language,
 * translator and the view model `viewOf` makes of the site in that language.
 */
export async function languagePage<View>(astro: RouteInput, viewOf: LanguagePageView<View>): Promise<RouteContext & { view: View }> {
  const { site, ...context } = await languageRoute(astro);
  return { ...context, view: viewOf(site, context.lang, context.siteUrl, context.t) };
}
