import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseFixedHeadingId } from '../../src/markdown/headings.ts';
import { joinNumberGroups, pageIdOfFile } from '../../src/markdown/plugins.ts';

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

  it('keeps numbers written with spaces in one piece', () => {
    assert.equal(joinNumberGroups('Ring 114 14 eller 113 13.'), 'Ring 114\u00a014 eller 113\u00a013.');
    assert.equal(joinNumberGroups('10 000 kronor, 3 mars'), '10\u00a0000 kronor, 3 mars');
  });
});
