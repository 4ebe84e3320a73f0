/**
 * The glossary (`mer-om-sverige/viktiga-ord`): its terms are `### Headword {#id}` under topic
 * groups (`## Topic`), and their headwords are Swedish in every language, as readers see them
 * in letters. The index lists every term A–Ö by that Swedish headword (issue #13 Must 4).
 */
import type { Heading } from './view.ts';

export const glossaryId = 'mer-om-sverige/viktiga-ord';

/** Where the index sits on the glossary page: every term's "to all words" link leads here. */
export const glossaryIndexAnchor = 'alla-ord';

export interface GlossaryLetter {
  letter: string;
  terms: { slug: string; text: string }[];
}

const swedishOrder = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** A heading's text without a `{#fixed-id}` a processor may have left in it. */
const headword = (text: string) => text.replace(/\s*\{#[^}]*\}\s*$/, '').trim();

/** The terms (level-3 headings) in Swedish alphabetical order, grouped by first letter (A … Ö). */
export function glossaryIndex(headings: readonly Heading[]): GlossaryLetter[] {
  const terms = headings
    .filter((heading) => heading.depth === 3 && headword(heading.text) !== '')
    .map((heading) => ({ slug: heading.slug, text: headword(heading.text) }))
    .sort((a, b) => swedishOrder.compare(a.text, b.text));
  const letters: GlossaryLetter[] = [];
  for (const term of terms) {
    const letter = term.text.charAt(0).toLocaleUpperCase('sv');
    const last = letters.at(-1);
    if (last && swedishOrder.compare(last.letter, letter) === 0) last.terms.push(term);
    else letters.push({ letter, terms: [term] });
  }
  return letters;
}
