import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashSource } from '../../src/content-files/hash.ts';

const page = { title: 'LMA-kortet', description: 'Om kortet.', body: 'Text.\n\n## Del\n\nMer text.\n' };

describe('hashSource', () => {
  it('is a short hex hash that is stable for the same text', () => {
    assert.match(hashSource(page), /^[0-9a-f]{12}$/);
    assert.equal(hashSource(page), hashSource({ ...page }));
  });

  it('ignores line endings and trailing spaces an editor cannot see', () => {
    assert.equal(hashSource(page), hashSource({ ...page, body: 'Text.  \r\n\r\n## Del\r\n\r\nMer text.\r\n\r\n' }));
  });

  it('changes when the title, description or body change', () => {
    const original = hashSource(page);
    assert.notEqual(hashSource({ ...page, title: 'LMA-kort' }), original);
    assert.notEqual(hashSource({ ...page, description: 'Om LMA-kortet.' }), original);
    assert.notEqual(hashSource({ ...page, body: 'Text.\n\n## Del\n\nAnnan text.' }), original);
  });

  it('does not let text move between fields unnoticed', () => {
    assert.notEqual(hashSource({ title: 'a b', description: '', body: '' }), hashSource({ title: 'a', description: 'b', body: '' }));
  });
});
