/**
 * Internal links in Markdown must resolve in every language. Editors write site paths without a
 * language (`/jag-ar-asylsokande/lma-kortet/`); since every Swedish page is built in every
 * language, such a link resolves when the Swedish page exists, and its `#anchor` when the
 * heading exists in the text the reader of that language sees. External links must be https.
 */
import { sourceLanguage } from '../i18n/languages.ts';
import { ContentError } from '../content-files/errors.ts';
import type { ContentFile } from '../content-files/file.ts';
import { headingAnchors, withoutCode } from '../markdown/headings.ts';
import { generatedPageAt, languageLessPath, pageIdCandidates, splitUrlPath, trimSlashes } from '../site/routes.ts';

export interface FoundLink {
  href: string;
  line: number;
}

const markdownLink = /!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const htmlHref = /\bhref\s*=\s*["']([^"']+)["']/g;
const autolink = /<(https?:\/\/[^>\s]+)>/g;

export function extractLinks(body: string, firstLine = 1): FoundLink[] {
  const links: FoundLink[] = [];
  withoutCode(body)
    .split('\n')
    .forEach((line, index) => {
      for (const pattern of [markdownLink, htmlHref, autolink]) {
        for (const match of line.matchAll(pattern)) links.push({ href: match[1]!, line: firstLine + index });
      }
    });
  return links;
}

export function checkLinks(files: readonly ContentFile[]): ContentError[] {
  const errors: ContentError[] = [];
  const byLanguage = new Map<string, Map<string, ContentFile>>();
  for (const file of files) {
    if (!byLanguage.has(file.folder)) byLanguage.set(file.folder, new Map());
    byLanguage.get(file.folder)!.set(file.id, file);
  }
  const sources = byLanguage.get(sourceLanguage) ?? new Map<string, ContentFile>();
  const anchorCache = new Map<ContentFile, Set<string>>();
  const anchorsOf = (file: ContentFile) => {
    if (!anchorCache.has(file)) anchorCache.set(file, headingAnchors(file.body));
    return anchorCache.get(file)!;
  };

  for (const file of files) {
    for (const link of extractLinks(file.body, file.bodyLine ?? 1)) {
      const { href } = link;
      const report = (problem: string, hint: string) => errors.push(new ContentError(file.filePath, `${problem}: ${href}`, hint, link.line));
      if (/^(mailto|tel):/.test(href) || href.startsWith('#')) continue;
      if (/^http:\/\//.test(href)) {
        report('external link without https', 'Use the https:// address of the page.');
        continue;
      }
      if (/^https:\/\//.test(href)) {
        try {
          if (!new URL(href).hostname.includes('.')) report('external link has no proper host name', 'Write the full address, e.g. https://www.migrationsverket.se/.');
        } catch {
          report('external link is not a valid address', 'Copy the full address from the browser.');
        }
        continue;
      }
      if (href.startsWith('//')) {
        report('external link without https', 'Write the full address with https://, e.g. https://www.migrationsverket.se/.');
        continue;
      }
      if (!href.startsWith('/')) {
        report('relative or unknown link', 'Write internal links as site paths without a language, e.g. /jag-ar-asylsokande/lma-kortet/.');
        continue;
      }
      const hashIndex = href.indexOf('#');
      const path = hashIndex === -1 ? href : href.slice(0, hashIndex);
      const anchor = hashIndex === -1 ? '' : href.slice(hashIndex + 1);
      // A language-less path is read in the linking page's language; `/ar/…` (kept on purpose) in its own.
      const { lang: targetLanguage, slug: slugPath } = languageLessPath(href) ? { lang: file.folder, slug: trimSlashes(path) } : splitUrlPath(path);
      if (!path.endsWith('/')) {
        report('internal link without a trailing slash', `Write it as ${path}/${anchor ? `#${anchor}` : ''}: page addresses end with a slash.`);
        continue;
      }
      if (generatedPageAt(slugPath)) continue;
      const targetId = pageIdCandidates(slugPath).find((id) => sources.has(id));
      if (!targetId) {
        report('link to a page that does not exist', `Check the path against content/${sourceLanguage}/: the Swedish page must exist for the link to work in every language.`);
        continue;
      }
      if (anchor) {
        const shown = byLanguage.get(targetLanguage)?.get(targetId) ?? sources.get(targetId)!;
        if (!anchorsOf(shown).has(decodeURIComponent(anchor))) {
          report(`the anchor #${anchor} does not exist on ${shown.filePath}`, 'Link to a heading that exists; fixed ids are written as `## Heading {#id}`.');
        }
      }
    }
  }
  return errors;
}
