/**
 * Heading ids, one answer for the renderer and the link check. `## Heading {#fixed-id}` sets an
 * id that is the same in every language (the glossary's anchors); other headings get the slug
 * Astro generates from their text (github-slugger, repeated headings numbered). The plugin in
 * plugins.ts applies the fixed ids; the link check asks `headingAnchors` which ids a page has.
 */
import { slug } from 'github-slugger';

const fixedHeadingId = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Splits `Title {#id}` into the title and the id, or returns null. */
export function parseFixedHeadingId(text: string): { text: string; id: string } | null {
  const match = fixedHeadingId.exec(text);
  if (!match) return null;
  return { text: text.slice(0, match.index), id: match[1]! };
}

/** Markdown source with fenced and inline code blanked out, line for line, so examples are not read as headings or links. */
export function withoutCode(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line.replace(/`[^`]*`/g, '');
    })
    .join('\n');
}

/** Ids a page's headings get: fixed `{#id}` ones, or the slug Astro generates from the text. */
export function headingAnchors(body: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutCode(body).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!;
    const fixed = parseFixedHeadingId(text);
    if (fixed) {
      anchors.add(fixed.id);
      continue;
    }
    const plain = text.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
    // github-slugger numbers repeated headings: "steg", "steg-1", …
    const base = slug(plain);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}
