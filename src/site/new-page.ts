/**
 * The Swedish page `npm run new-page` creates: valid frontmatter with today's date, the next
 * free `order` in its section, and TODO placeholders the content check refuses to publish.
 */
import { sourceLanguage } from '../i18n/languages.ts';
import { isoDate } from './dates.ts';
import { trimSlashes } from './routes.ts';
import { childrenOf, parentOf, topLevelOf, type TreeNode } from './tree.ts';

export const pageIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * The page id an editor means: accepts `asyl/ny-sida`, `/asyl/ny-sida/` or the file's path
 * `content/<lang>/asyl/ny-sida.md` (or `<lang>/…`).
 */
export function normalisePageId(input: string, lang: string = sourceLanguage): string {
  return trimSlashes(input.trim().replace(new RegExp(`^(content/)?${lang}/`), '')).replace(/\.(md|mdx)$/, '');
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
  return `---
title: "TODO: rubrik"
description: "TODO: en mening om vad sidan berättar för läsaren."
updated: ${isoDate(today)}
order: ${order}
keywords: []
sources:
  - title: "TODO: myndighetens sida där fakta kommer från"
    url: https://www.informationsverige.se/
---
TODO: skriv texten. Korta meningar, en sak per stycke. Förklara svenska ord första gången.
`;
}
