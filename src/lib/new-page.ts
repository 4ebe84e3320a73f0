/**
 * The Swedish page `npm run new-page` creates: valid frontmatter with today's date, the next
 * free `order` in its section, and TODO placeholders the content check refuses to publish.
 */
import { isoDate } from './dates.ts';

export const pageIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Accepts `asyl/ny-sida`, `/asyl/ny-sida/` or `content/sv/asyl/ny-sida.md`; returns the id. */
export function normalisePageId(input: string): string {
  return input.trim().replace(/^content\/sv\//, '').replace(/^\/+|\/+$/g, '').replace(/\.(md|mdx)$/, '');
}

export function nextOrder(siblingOrders: readonly (number | undefined)[]): number {
  const highest = Math.max(0, ...siblingOrders.filter((order): order is number => order !== undefined));
  return Math.floor(highest / 10) * 10 + 10;
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
