/**
 * Page bodies and the Markdown renderer, handed from the content loader to the routes, so each
 * page's text is rendered when the page is built and kept out of Astro's content store.
 *
 * Why: a static build writes the content store into the server bundle as one JavaScript string
 * (`astro:data-layer-content`). With every page's rendered HTML and Markdown in it, that string
 * was 113 MB at 1000 pages × 11 languages (54 MB with the Markdown alone); bundling it and the
 * copies held in memory made the build peak at 2.5 GB. The store now holds each page's
 * frontmatter; the Markdown stays in the checked content the loader already has, and the routes
 * render it with the renderer the loader gets from Astro (`renderMarkdown` of the loader
 * context: the project's Sätteri processor and plugins, Astro's markdown settings), so the HTML
 * is the same as before, byte for byte.
 *
 * The loader and the routes run in one process (`astro build` and `astro dev` alike) but are
 * bundled apart (different module instances), so the hand-over goes through a global
 * (handover.ts). The loader offers the texts again each time it reads the content.
 */
import type { MarkdownHeading } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { handover } from './handover.ts';

export type RenderMarkdown = LoaderContext['renderMarkdown'];

/** The Markdown of a page file and its address (for the link plugins), by entry id (`ar/asyl/lma`). */
export interface PageBody {
  body: string;
  fileURL: URL;
}

interface PageTexts {
  renderMarkdown: RenderMarkdown;
  bodies: ReadonlyMap<string, PageBody>;
  /** The content check's messages from the same reading (empty when the content is valid). */
  problems: readonly string[];
}

const latestPageTexts = handover<PageTexts>('page-texts');

/** Called by the content loader each time it has read the content. */
export function offerPageTexts(texts: PageTexts): void {
  latestPageTexts.set(texts);
}

function pageTexts(): PageTexts {
  const texts = latestPageTexts.get();
  if (!texts) throw new Error('No page texts: the content loader (src/integrations/content-loader.ts) has not run in this process, so pages cannot be rendered.');
  return texts;
}

function pageBodyOf(entryId: string): PageBody {
  const body = pageTexts().bodies.get(entryId);
  if (!body) throw new Error(`No text for the content entry ${entryId}: the content loader did not read it.`);
  return body;
}

/**
 * The content problems the loader found when it last read the content. In `astro dev` these
 * are current as soon as a file is saved, while Astro's store may still hold the entries of
 * the reading before, so the site checks them first.
 */
export function contentProblems(): readonly string[] {
  return pageTexts().problems;
}

/** The Markdown of a content entry. */
export function pageBody(entryId: string): string {
  return pageBodyOf(entryId).body;
}

/**
 * A content entry's Markdown rendered to HTML, with its headings. An empty frontmatter block
 * first keeps a body that starts with `---` from being read as frontmatter.
 */
export async function renderPageText(entryId: string): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const { body, fileURL } = pageBodyOf(entryId);
  const rendered = await pageTexts().renderMarkdown(`---\n---\n${body}`, { fileURL });
  return { html: rendered.html, headings: rendered.metadata?.headings ?? [] };
}
