/**
 * The Markdown renderer of the content loader, kept for the routes, so each page's text is
 * rendered when the page is built instead of being stored in Astro's content store.
 *
 * Why: the store of a static build is written into the server bundle as one JavaScript string
 * (`astro:data-layer-content`). With every page's rendered HTML in it, that string was 113 MB at
 * 1000 pages × 11 languages; the bundler's work on it and the copies kept in memory made the
 * build peak at 2.5 GB. The store now holds each page's frontmatter and Markdown, and the route
 * renders the Markdown with the very renderer the loader gets from Astro (`renderMarkdown` of the
 * loader context: the project's Sätteri processor and plugins, Astro's markdown settings), so the
 * HTML is the same as before, byte for byte.
 *
 * The loader and the routes run in one process but are bundled apart (different module
 * instances), so the renderer is handed over through a global, as checked-content.ts does.
 */
import type { LoaderContext } from 'astro/loaders';

export type RenderMarkdown = LoaderContext['renderMarkdown'];
export type RenderedText = Awaited<ReturnType<RenderMarkdown>>;

const key = Symbol.for('nyisverige.render-markdown');
type Holder = { [key]?: RenderMarkdown };

/** Called by the content loader each time it loads the content. */
export function offerMarkdownRenderer(renderMarkdown: RenderMarkdown): void {
  (globalThis as Holder)[key] = renderMarkdown;
}

/** The loader's renderer; an error saying what happened if the loader has not run in this process. */
export function markdownRenderer(): RenderMarkdown {
  const renderMarkdown = (globalThis as Holder)[key];
  if (!renderMarkdown) throw new Error('No Markdown renderer: the content loader (src/integrations/content-loader.ts) has not run in this process, so page text cannot be rendered.');
  return renderMarkdown;
}

/**
 * A page body as the loader used to store it: an empty frontmatter block first keeps a body
 * that starts with `---` from being read as frontmatter.
 */
export function renderPageBody(renderMarkdown: RenderMarkdown, body: string, fileURL: URL): Promise<RenderedText> {
  return renderMarkdown(`---\n---\n${body}`, { fileURL });
}
