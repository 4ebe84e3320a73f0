import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryTag, searchPreloadLinks, withSearchPreloads } from '../../src/search/search-preloads.ts';

const entryText = '{"version":"1.6.0","languages":{"ar":{"hash":"ar_1","wasm":"ar","page_count":2},"fa-af":{"hash":"fa-af_2","wasm":null,"page_count":2},"ti":{"hash":"ti_3","wasm":null,"page_count":1}}}';
const entry = JSON.parse(entryText);

describe('search page preloads', () => {
  it('names the script, the tagged entry, and the language’s own metadata and wasm', () => {
    const links = searchPreloadLinks(entry, entryText, 'ar');
    assert.equal(links[0], '<link rel="modulepreload" href="/pagefind/pagefind.js">');
    assert.ok(links[1]!.includes(`/pagefind/pagefind-entry.json?ts=${entryTag(entryText)}`) && links[1]!.includes('data-pagefind-entry'));
    assert.ok(links[2]!.includes('href="/pagefind/pagefind.ar_1.pf_meta" as="fetch" crossorigin="anonymous"'));
    assert.ok(links[3]!.includes('href="/pagefind/wasm.ar.pagefind"'));
  });

  it('picks the index as Pagefind does: html lang lowercased, and the generic wasm when there is no stemmer', () => {
    const links = searchPreloadLinks(entry, entryText, 'fa-AF');
    assert.ok(links[2]!.includes('pagefind.fa-af_2.pf_meta'));
    assert.ok(links[3]!.includes('wasm.unknown.pagefind'));
    assert.ok(searchPreloadLinks(entry, entryText, 'ti-ER')[2]!.includes('pagefind.ti_3.pf_meta'));
    assert.deepEqual(searchPreloadLinks(entry, entryText, 'so'), []);
  });

  it('changes the entry tag when the entry changes', () => {
    assert.notEqual(entryTag(entryText), entryTag(entryText.replace('"page_count":1', '"page_count":3')));
  });

  it('adds the hints at the end of the head, once', () => {
    assert.equal(withSearchPreloads('<html><head><title>x</title></head><body></body></html>', ['<a>', '<b>']), '<html><head><title>x</title><a><b></head><body></body></html>');
    assert.equal(withSearchPreloads('<p>no head</p>', ['<a>']), '<p>no head</p>');
  });
});
