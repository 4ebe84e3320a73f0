/** A table of contents is worth its space only on long pages: three or more sections. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export const minimumSectionsForToc = 3;

export function tocEntries(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2 && heading.text.trim() !== '');
  return sections.length >= minimumSectionsForToc ? sections : [];
}
