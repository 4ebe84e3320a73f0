import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergedEntry } from '../../src/search/pagefind-entry.ts';

describe("Pagefind's entry file, merged from one index per language", () => {
  const entry = (languages: Record<string, unknown>) => ({ version: '1.6.0', languages, include_characters: ['_'] });

  it('lists every language once, sorted by name as Pagefind writes them, keeping the other fields', () => {
    const merged = mergedEntry([entry({ sv: { hash: 'sv_1', wasm: 'sv', page_count: 3 } }), entry({ 'fa-af': { hash: 'fa-af_2', wasm: null, page_count: 2 } }), entry({ ar: { hash: 'ar_3', wasm: 'ar', page_count: 1 } })]);
    assert.equal(
      JSON.stringify(merged),
      '{"version":"1.6.0","languages":{"ar":{"hash":"ar_3","wasm":"ar","page_count":1},"fa-af":{"hash":"fa-af_2","wasm":null,"page_count":2},"sv":{"hash":"sv_1","wasm":"sv","page_count":3}},"include_characters":["_"]}',
    );
  });

  it('stops when two folders produced the same language, since the second index overwrote the first', () => {
    assert.throws(() => mergedEntry([entry({ sv: {} }), entry({ sv: {} })]), /<html lang="sv"> from two language folders/);
  });
});
