/**
 * Rules for the Markdown body of a page, shared by the check and the build
 * (content-tree-fs.ts).
 *
 * Editors write Markdown. Raw HTML is limited to a small allow-list, because whatever HTML a
 * page holds is published as it is: a `<script>`, an `<iframe>`, an `onclick` or a
 * `<meta http-equiv="refresh">` would run in every reader's browser. Allowed:
 *   <span>, <bdi>, <abbr>, <kbd>, <br>, <sup>, <sub>, <b>, <i>, <strong>, <em>, <small>
 * with only the attributes lang, dir (ltr, rtl, auto) and title; and HTML comments.
 * Everything else is an error with the file and the line.
 */
import { slug } from 'github-slugger';
import { ContentError } from '../content-files/errors.ts';
import { parseFixedHeadingId, withoutCode } from '../markdown/headings.ts';

export const allowedHtmlElements = ['span', 'bdi', 'abbr', 'kbd', 'br', 'sup', 'sub', 'b', 'i', 'strong', 'em', 'small'] as const;
export const allowedHtmlAttributes = ['lang', 'dir', 'title'] as const;

/** Ids the page layout uses itself: a heading with one of them would break the skip link or a label. */
export const reservedIds = ['main', 'top', 'content', 'emergency-heading', 'search-input', 'search-other-heading', 'sources-heading', 'status-caption', 'toc-heading', 'alla-ord', 'glossary-index-heading', 'emergency-112', 'emergency-1177', 'emergency-11414'];

/** A page body longer than this is almost certainly a mistake (a pasted file), and too heavy for a phone. */
export const maxBodyCharacters = 100_000;

const bidiOverride = /[\u202D\u202E]/;
const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attribute = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

export function checkBody(body: string, file: string, firstLine = 1): ContentError[] {
  const errors: ContentError[] = [];
  const at = (offsetLine: number) => firstLine + offsetLine;
  if (body.trim() === '') {
    return [new ContentError(file, 'the page has no text', 'Write the text of the page below the frontmatter.', firstLine)];
  }
  if (body.length > maxBodyCharacters) {
    errors.push(new ContentError(file, `the page is ${body.length} characters long (the limit is ${maxBodyCharacters})`, 'Split it into several pages of one subject each.', firstLine));
  }
  if (body.includes('\uFFFD')) {
    errors.push(new ContentError(file, 'the file contains a replacement character (�): it was not saved as UTF-8, or text was damaged', 'Save the file as UTF-8 and retype the damaged letters.', at(lineAt(body, body.indexOf('\uFFFD')))));
  }
  const plain = withoutCode(body);
  const lines = plain.split('\n');
  const fixedIds = new Map<string, number>();
  const generated = new Set<string>();
  lines.forEach((line, index) => {
    if (bidiOverride.test(line)) {
      errors.push(new ContentError(file, 'the line contains an invisible direction override character (U+202D or U+202E)', 'Delete it: it makes the text read differently from what it says. Use <span dir="rtl"> or <bdi> if a phrase needs its own direction.', at(index)));
    }
    if (/^ {0,3}#(\s|$)/.test(line)) {
      errors.push(new ContentError(file, 'a heading of level 1 (`# …`) in the text: the page title is already the only level-1 heading', 'Use `## ` for the sections of the page.', at(index)));
    } else if (index > 0 && /^ {0,3}=+\s*$/.test(line) && lines[index - 1]!.trim() !== '') {
      errors.push(new ContentError(file, 'a line of `===` under text makes it a level-1 heading: the page title is already the only one', 'Use `## ` for the sections of the page, or remove the `===` line.', at(index)));
    }
    const heading = /^ {0,3}#{2,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const fixed = parseFixedHeadingId(heading[1]!);
      const id = fixed ? fixed.id : slug(heading[1]!.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, ''));
      if (reservedIds.includes(id)) {
        errors.push(new ContentError(file, `the heading gets the id "${id}", which the page layout uses itself`, `Give the heading another id: \`## ${fixed ? fixed.text : heading[1]} {#another-id}\`.`, at(index)));
      }
      if (fixed) {
        if (fixedIds.has(id) || generated.has(id)) errors.push(new ContentError(file, `the id "${id}" is used twice on the page`, 'Give each heading its own id, so links to it go to one place.', at(index)));
        fixedIds.set(id, index);
      } else {
        if (fixedIds.has(id)) errors.push(new ContentError(file, `the heading gets the id "${id}", already set with {#${id}} on line ${at(fixedIds.get(id)!)}`, 'Give one of them another {#id}.', at(index)));
        generated.add(id);
      }
    }
  });

  for (const match of plain.matchAll(tag)) {
    const [whole, closing, rawName, rawAttributes = ''] = match;
    const name = rawName!.toLowerCase();
    const line = at(lineAt(plain, match.index));
    if (!(allowedHtmlElements as readonly string[]).includes(name)) {
      // The opening tag is reported; its closing tag adds nothing.
      if (closing) continue;
      errors.push(new ContentError(file, `HTML element <${name}> is not allowed in content`, `Write it in Markdown instead; the HTML allowed is ${allowedHtmlElements.map((element) => `<${element}>`).join(', ')} (see CONTRIBUTING.md).`, line));
      continue;
    }
    if (closing) continue;
    for (const [, attributeName = '', rawValue] of rawAttributes.replace(/\/\s*$/, '').matchAll(attribute)) {
      const attributeLower = attributeName.toLowerCase();
      const value = rawValue?.replace(/^["']|["']$/g, '');
      if (!(allowedHtmlAttributes as readonly string[]).includes(attributeLower)) {
        errors.push(new ContentError(file, `attribute ${attributeName} on <${name}> is not allowed in content`, `Only ${allowedHtmlAttributes.join(', ')} are allowed, e.g. <span lang="sv">…</span>.`, line));
      } else if (attributeLower === 'lang' && !languageTag.test(value ?? '')) {
        errors.push(new ContentError(file, `lang="${value ?? ''}" is not a language code`, 'Write a language code, e.g. lang="sv" or lang="fa-AF".', line));
      } else if (attributeLower === 'dir' && !['ltr', 'rtl', 'auto'].includes(value ?? '')) {
        errors.push(new ContentError(file, `dir="${value ?? ''}" is not a direction`, 'Write dir="ltr", dir="rtl" or dir="auto".', line));
      }
    }
    void whole;
  }

  // Images: only the site's own files, so no reader's address is sent to another site.
  for (const match of plain.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) {
    const src = match[1]!;
    if (!src.startsWith('/') || src.startsWith('//')) {
      errors.push(new ContentError(file, `image from another site: ${src}`, 'Put the image in public/ and write its path from the site root, e.g. ![Text](/bilder/karta.png); images from other sites reveal readers to them.', at(lineAt(plain, match.index))));
    }
  }
  return errors;
}
