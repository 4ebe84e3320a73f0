/**
 * The Swedish page `npm run new-page` creates: valid frontmatter with today's date, the next
 * free `order` in its section, and TODO placeholders the content check refuses to publish.
 */
import { contentFileText } from '../content-files/frontmatter.ts';
import { sourceLanguage } from '../i18n/languages.ts';
import { isoDate } from './dates.ts';
import { isLanguageCode } from '../i18n/languages.ts';
import { generatedPageAt, slugOfPage, trimSlashes } from './routes.ts';
import { childrenOf, parentOf, topLevelOf, type TreeNode } from './tree.ts';

export const pageIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * The page id an editor means: accepts `asyl/ny-sida`, `/asyl/ny-sida/` or the file's path
 * `content/<lang>/asyl/ny-sida.md` (or `<lang>/…`).
 */
export function normalisePageId(input: string, lang: string = sourceLanguage): string {
  return trimSlashes(trimSlashes(input.trim()).replace(new RegExp(`^(content/)?${lang}/`), '')).replace(/\.(md|mdx)$/, '');
}

/**
 * The page id an editor's command was given, or what is wrong with it. Accepts the id
 * (`asyl/ny-sida`), the site path (`/asyl/ny-sida/`, `/ar/asyl/ny-sida/`) or the file's path
 * (`content/ar/asyl/ny-sida.md`) of language `lang`; refuses what would write elsewhere:
 * `../en/…`, a path in another language's folder, a URL, a reserved address.
 */
export function pageIdArgument(input: string, lang: string = sourceLanguage): { id: string } | { problem: string; hint: string } {
  const example = lang === sourceLanguage ? 'jag-ar-asylsokande/tandvard' : 'jag-ar-asylsokande/lma-kortet';
  if (/^[a-z][a-z0-9+.-]*:/i.test(input.trim())) return { problem: `"${input}" is an address, not a page id`, hint: `Give the page's path under the language folder, e.g. ${example}.` };
  const id = normalisePageId(input, lang);
  const first = id.split('/')[0] ?? '';
  if (id.split('/').some((part) => part === '..' || part === '.')) return { problem: `"${input}" points outside the ${lang} folder`, hint: `Give the page's path under content/${lang}/, e.g. ${example}.` };
  if (first === 'content' || (isLanguageCode(first) && first !== lang)) return { problem: `"${input}" is a path in another language folder than ${lang}`, hint: `Give the page id without a language, e.g. ${example}${lang === sourceLanguage ? ' (new pages are always created in Swedish)' : ''}.` };
  if (!pageIdPattern.test(id)) return { problem: `"${input}" is not a valid page path`, hint: `Use lower-case ASCII letters, digits and hyphens, Swedish words without å, ä, ö (a, a, o): e.g. ${example}.` };
  if (generatedPageAt(slugOfPage(id))) return { problem: `"${input}" is the address of a page the site makes itself`, hint: 'Choose another path.' };
  return { id };
}

export function nextOrder(siblingOrders: readonly (number | undefined)[]): number {
  const highest = Math.max(0, ...siblingOrders.filter((order): order is number => order !== undefined));
  return Math.floor(highest / 10) * 10 + 10;
}

/** Where a new page `id` goes among the Swedish pages `nodes`: its section (if any) and an order after its siblings. */
export function placeNewPage(id: string, nodes: readonly TreeNode[]): { section: string | undefined; order: number } {
  const withPage = [...nodes, { id }];
  const section = parentOf(id, new Set(withPage.map((node) => node.id)));
  const siblings = (section ? childrenOf(section, withPage) : topLevelOf(withPage)).filter((node) => node.id !== id);
  return { section, order: nextOrder(siblings.map((node) => node.order)) };
}

export function newPageText(today: Date, order: number): string {
  return contentFileText(
    {
      title: 'TODO: rubrik',
      description: 'TODO: en mening om vad sidan berättar för läsaren.',
      updated: isoDate(today),
      order,
      keywords: [],
      sources: [{ title: 'TODO: myndighetens sida där fakta kommer från', url: 'https://www.informationsverige.se/' }],
    },
    'TODO: skriv texten. Korta meningar, en sak per stycke. Förklara svenska ord första gången.\n',
  );
}
