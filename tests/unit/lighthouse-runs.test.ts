import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Result } from 'lighthouse';
import { parseRunCount, spreadText, summarizeRuns } from '../../tools/lighthouse-runs.ts';

/** Just what the median pick and the report read from a Lighthouse result. */
function run(performance: number, fcp: number, tti: number, runtimeError?: string): Result {
  return {
    audits: { 'first-contentful-paint': { numericValue: fcp }, interactive: { numericValue: tti } },
    categories: { performance: { score: performance / 100 } },
    ...(runtimeError ? { runtimeError: { code: runtimeError, message: 'the page did not paint' } } : {}),
  } as unknown as Result;
}

describe('several Lighthouse runs of a page', () => {
  it('reports the run closest to the median paint and interactive times, and the spread of every run', () => {
    const slow = run(81, 2400, 5200);
    const middle = run(97, 1300, 1800);
    const fast = run(100, 1100, 1500);
    const summary = summarizeRuns([slow, fast, middle])!;
    assert.equal(summary.median, middle);
    assert.deepEqual(summary.performance, [81, 100, 97]);
    assert.equal(spreadText(summary.performance), '81–100');
    assert.deepEqual(summary.failed, []);
  });

  it('picks by the times, not by the score: an outlier score does not become the report', () => {
    // The middle run by times scored lower than both others.
    const summary = summarizeRuns([run(100, 1000, 1400), run(90, 1200, 1700), run(99, 1500, 2000)])!;
    assert.equal(summary.median.categories['performance']!.score, 0.9);
  });

  it('keeps the runs that did not load out of the median, and says why', () => {
    const loaded = run(95, 1300, 1800);
    const summary = summarizeRuns([run(0, NaN, NaN, 'NO_FCP'), loaded])!;
    assert.equal(summary.median, loaded);
    assert.deepEqual(summary.performance, [95]);
    assert.deepEqual(summary.failed, ['NO_FCP: the page did not paint']);
    assert.equal(summarizeRuns([run(0, NaN, NaN, 'NO_FCP')]), undefined);
  });

  it('shows one figure when the runs agree', () => {
    assert.equal(spreadText([100, 100, 100]), '100');
    assert.equal(spreadText([98]), '98');
  });

  it('takes a whole number of runs from 1 to 20, and says what to pass otherwise', () => {
    assert.equal(parseRunCount('3'), 3);
    assert.equal(parseRunCount('1'), 1);
    for (const bad of ['0', '-1', '2.5', 'three', '', '21']) {
      const parsed = parseRunCount(bad);
      assert.equal(typeof parsed, 'object', bad);
      assert.match((parsed as { error: string }).error, /--runs .*whole number.*\n  → /s);
    }
  });
});
