import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { pageIdOfFile, parseFixedHeadingId } from '../../src/lib/markdown-plugins.ts';

describe('markdown plugins', () => {
  it('reads a fixed heading id written as {#id}', () => {
    assert.deepEqual(parseFixedHeadingId('LMA-kort {#lma-kort}'), { text: 'LMA-kort', id: 'lma-kort' });
    assert.equal(parseFixedHeadingId('Vanlig rubrik'), null);
    assert.equal(parseFixedHeadingId('Fel {#Stora bokstäver}'), null);
  });

  it('finds the page id of a content file', () => {
    assert.equal(pageIdOfFile(pathToFileURL('/site/content/ar/asyl/lma.md'), '/site/content'), 'asyl/lma');
    assert.equal(pageIdOfFile(pathToFileURL('/elsewhere/x.md'), '/site/content'), undefined);
    assert.equal(pageIdOfFile(undefined, '/site/content'), undefined);
  });
});
