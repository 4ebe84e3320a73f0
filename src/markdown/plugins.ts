/**
 * Hast plugins for Astro's Markdown processor (Sätteri).
 * - Language-less internal links (`/jag-ar-asylsokande/lma-kortet/`) become links relative to
 *   the page, so every language links within itself, fallback pages included.
 * - `## Heading {#fixed-id}` sets a heading id that is the same in every language (the
 *   glossary's anchors), where a generated id would differ per language (see headings.ts).
 * - Numbers written with a space ("114 14", "10 000") get a no-break space, which keeps them
 *   on one line and, in right-to-left text, in one piece: the bidi algorithm would otherwise
 *   show "114 14" as "14 114".
 * - Official hyphenated terms ("LMA-kort", "AT-UND") are kept on one line (src/site/terms.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { splitContentPath } from '../content-files/file.ts';
import { languageLessPath, relativeHref } from '../site/routes.ts';
import { parseFixedHeadingId } from './headings.ts';
import { splitTerms } from '../site/terms.ts';

export function pageIdOfFile(fileURL: URL | undefined, contentRoot: string): string | undefined {
  if (!fileURL) return undefined;
  const relative = path.relative(contentRoot, fileURLToPath(fileURL));
  if (relative.startsWith('..')) return undefined;
  return splitContentPath(relative).id;
}

export function contentLinksPlugin(contentRoot: string) {
  return (factory: PluginFactoryContext): HastPluginDefinition | null => {
    const pageId = pageIdOfFile(factory.fileURL, contentRoot);
    if (pageId === undefined) return null;
    return {
      name: 'content-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const target = languageLessPath(href);
          if (target) ctx.setProperty(node, 'href', relativeHref(pageId, target));
        },
      },
    };
  };
}

export const fixedHeadingIdsPlugin: HastPluginDefinition = {
  name: 'fixed-heading-ids',
  element: {
    filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const last = node.children.at(-1);
      if (!last || last.type !== 'text') return;
      const parsed = parseFixedHeadingId(last.value);
      if (!parsed) return;
      ctx.setProperty(node, 'id', parsed.id);
      ctx.replaceNode(last, { type: 'text', value: parsed.text });
    },
  },
};

const spaceInsideNumber = /(\d) (?=\d)/g;

export function joinNumberGroups(text: string): string {
  return text.replace(spaceInsideNumber, '$1\u00a0');
}

export const numberGroupsPlugin: HastPluginDefinition = {
  name: 'number-groups',
  text(node, ctx) {
    const joined = joinNumberGroups(node.value);
    if (joined !== node.value) ctx.replaceNode(node, { type: 'text', value: joined });
  },
};

export const officialTermsPlugin: HastPluginDefinition = {
  name: 'official-terms',
  text(node, ctx) {
    // A heading's `{#fixed-id}` is read by fixedHeadingIdsPlugin from the same text node: leave it.
    if (node.value.includes('{#')) return;
    const pieces = splitTerms(node.value);
    if (!pieces.some((piece) => piece.term)) return;
    ctx.replaceNode(node, pieces.map((piece) => (piece.term
      ? { type: 'element' as const, tagName: 'span', properties: { className: ['term'] }, children: [{ type: 'text' as const, value: piece.text }] }
      : { type: 'text' as const, value: piece.text })));
  },
};
