/**
 * Official terms written with a hyphen ("LMA-kort", "AT-UND", "EU-medborgare") must not break
 * at it: a reader matches them against a letter or a card, and "LMA-" at a line's end with
 * "kort" on the next is a different thing to look for. Browsers break after any hyphen, so such
 * terms are wrapped in an element that keeps them on one line (`.term` in components.css). The
 * text itself is unchanged, so search and copying see the same hyphen.
 */

/** A piece of text: a term to keep whole, or text between terms. */
export interface TextPiece {
  text: string;
  term: boolean;
}

const hyphenated = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** One part is an abbreviation: two capitals or more ("LMA", "AT", "EU", "ID"). */
const abbreviation = /^\p{Lu}{2,}/u;

export function isOfficialTerm(word: string): boolean {
  return word.split('-').some((part) => abbreviation.test(part));
}

/** Splits text into terms to keep whole and the text around them; no term: one piece. */
export function splitTerms(text: string): TextPiece[] {
  // Most text has no hyphen at all; the pattern would still try a match at every letter of it
  // (2.1 s of a 300 × 11 build's profile, for text nodes and interface strings alike).
  if (!text.includes('-')) return [{ text, term: false }];
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(hyphenated)) {
    if (!isOfficialTerm(match[0])) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), term: false });
    pieces.push({ text: match[0], term: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || pieces.length === 0) pieces.push({ text: text.slice(last), term: false });
  return pieces;
}
