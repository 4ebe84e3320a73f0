import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calibrationText, hostClassOf, medianIndex } from '../../tools/cpu-slowdown.ts';

describe('the CPU slowdown for this machine (Lighthouse docs/throttling.md)', () => {
  it('keeps the default 4x on a high-end desktop, and slows a slower host down less', () => {
    assert.equal(hostClassOf(1800).multiplier, 4);
    assert.equal(hostClassOf(1500).multiplier, 4);
    assert.equal(hostClassOf(1499).multiplier, 2);
    assert.equal(hostClassOf(1000).name, 'low-end desktop');
    assert.equal(hostClassOf(900).name, 'high-end mobile');
    assert.equal(hostClassOf(900).multiplier, 2);
    assert.equal(hostClassOf(640).multiplier, 1);
    assert.equal(hostClassOf(60).multiplier, 1);
  });

  it('says what it chose, beside the default', () => {
    assert.equal(calibrationText(1203.5), 'benchmark index 1204 (low-end desktop) → CPU slowdown 2x instead of 4x');
    assert.equal(calibrationText(640), 'benchmark index 640 (mid-tier mobile) → CPU slowdown 1x instead of 4x');
  });

  it('takes the median of several measurements of the index', () => {
    assert.equal(medianIndex([1400, 900, 2100]), 1400);
    assert.equal(medianIndex([900, 1100]), 1000);
  });
});
