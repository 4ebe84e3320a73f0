/** The glossary's A–Ö index by Swedish headword (issue #13 Must 4). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { glossaryIndex } from '../../src/site/glossary.ts';

const h3 = (text: string, slug: string) => ({ depth: 3, slug, text });

describe('the glossary index', () => {
  it('lists the terms A–Ö by Swedish headword, Å Ä Ö last, grouped by letter', () => {
    const index = glossaryIndex([
      { depth: 2, slug: 'asyl', text: 'Asyl' },
      h3('Överklagande', 'overklagande'),
      h3('LMA-kort', 'lma-kort'),
      h3('asylsökande', 'asylsokande'),
      h3('Ålder', 'alder'),
      h3('Arbetsförmedlingen {#arbetsformedlingen}', 'arbetsformedlingen'),
      h3('Ändring', 'andring'),
      h3('Zon', 'zon'),
    ]);
    assert.deepEqual(index.map((group) => [group.letter, group.terms.map((term) => term.slug)]), [
      ['A', ['arbetsformedlingen', 'asylsokande']],
      ['L', ['lma-kort']],
      ['Z', ['zon']],
      ['Å', ['alder']],
      ['Ä', ['andring']],
      ['Ö', ['overklagande']],
    ]);
    assert.equal(index[0]!.terms[0]!.text, 'Arbetsförmedlingen', 'a fixed id left in the text is dropped');
  });

  it('is empty for a page without terms', () => {
    assert.deepEqual(glossaryIndex([{ depth: 2, slug: 'a', text: 'A' }]), []);
  });
});
