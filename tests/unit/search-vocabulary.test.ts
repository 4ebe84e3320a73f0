import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { glossaryTermIds, pagesOfTerm, parseVocabulary, wordsByPage } from '../../src/search/vocabulary.ts';
import { loadVocabularies } from '../../src/search/vocabulary-fs.ts';
import path from 'node:path';

const world = { pageExists: (id: string) => ['a/vard', 'akut-hjalp'].includes(id), termExists: (id: string) => id === 'lma-kort' };

describe('search vocabulary', () => {
  it('reads entries that point to pages or glossary terms', () => {
    const { vocabulary, problems } = parseVocabulary('ignore: [how]\nentries:\n  - { words: [doctor, gp], pages: [a/vard] }\n  - { words: [asylum card], term: lma-kort }\n', world);
    assert.deepEqual(problems, []);
    assert.deepEqual(vocabulary.ignore, ['how']);
    assert.deepEqual(vocabulary.entries.map((entry) => [entry.words, entry.pages, entry.term, entry.line]), [
      [['doctor', 'gp'], ['a/vard'], undefined, 3],
      [['asylum card'], [], 'lma-kort', 4],
    ]);
  });

  it('reports a page or term that does not exist, an entry pointing nowhere, and unknown fields, with lines', () => {
    const text = 'ignore: []\nentries:\n  - { words: [x], pages: [a/gone] }\n  - { words: [y], term: nope }\n  - { words: [z] }\n  - { words: [w], page: [a/vard] }\n';
    const problems = parseVocabulary(text, world).problems.map((problem) => `${problem.line}: ${problem.problem}`);
    assert.deepEqual(problems, [
      '3: page `a/gone` does not exist in this language',
      '4: glossary term `nope` does not exist',
      '5: “z” points nowhere',
      '6: unknown field `page` in an entry',
      '6: “w” points nowhere',
    ]);
  });

  it('reports broken YAML with its line instead of throwing', () => {
    const { problems } = parseVocabulary('entries:\n  - { words: [x\n', world);
    assert.ok(problems.length > 0);
    assert.match(problems[0]!.problem, /not valid YAML/);
    assert.equal(typeof problems[0]!.line, 'number');
  });

  it('leads a glossary term to the glossary and the pages its explanation links to', () => {
    const glossary = '## Asyl\n\n### LMA-kort {#lma-kort}\n\nEtt kort. Läs mer på [LMA-kortet](/jag-ar-asylsokande/lma-kortet/).\n\n### Beslut {#beslut}\n\nSe [x](/y/).\n';
    assert.deepEqual(glossaryTermIds(glossary), ['lma-kort', 'beslut']);
    assert.deepEqual(pagesOfTerm(glossary, 'lma-kort', 'mer-om-sverige/viktiga-ord'), ['mer-om-sverige/viktiga-ord', 'jag-ar-asylsokande/lma-kortet']);
    const byPage = wordsByPage({ ignore: [], entries: [{ words: ['kort'], pages: ['akut-hjalp'], term: 'lma-kort', line: 1 }] }, (id) => pagesOfTerm(glossary, id, 'g'));
    assert.deepEqual([...byPage.keys()].sort(), ['akut-hjalp', 'g', 'jag-ar-asylsokande/lma-kortet']);
  });

  it('finds every language’s vocabulary valid against the real content', () => {
    const loaded = loadVocabularies(path.resolve('src/search/vocabulary'), path.resolve('content'));
    assert.equal(loaded.length, 11);
    for (const language of loaded) {
      assert.equal(language.missing, false, language.lang);
      assert.deepEqual(language.problems, [], language.file);
      assert.ok(language.vocabulary.entries.length >= 10, `${language.lang} has at least 10 entries`);
    }
  });
});
