import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnreviewedMachineTranslation, translationStatus } from '../../src/lib/translation-status.ts';

describe('translationStatus', () => {
  it('is current when the recorded hash matches today’s source', () => {
    assert.equal(translationStatus('abc', { source: 'abc', method: 'human' }, false), 'current');
  });
  it('is outdated when the source changed since', () => {
    assert.equal(translationStatus('def', { source: 'abc', method: 'human' }, false), 'outdated');
  });
  it('is missing without a translation and orphan without a source', () => {
    assert.equal(translationStatus('abc', undefined, false), 'missing');
    assert.equal(translationStatus(undefined, { source: 'abc', method: 'machine' }, false), 'orphan');
  });
  it('calls the Swedish page the source', () => {
    assert.equal(translationStatus('abc', undefined, true), 'source');
  });
  it('flags only unreviewed machine translations', () => {
    assert.equal(isUnreviewedMachineTranslation({ method: 'machine' }), true);
    assert.equal(isUnreviewedMachineTranslation({ method: 'machine-reviewed' }), false);
    assert.equal(isUnreviewedMachineTranslation({ method: 'human' }), false);
    assert.equal(isUnreviewedMachineTranslation(undefined), false);
  });
});
