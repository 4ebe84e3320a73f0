/**
 * Several Lighthouse runs of one page reduced to one report, the way Lighthouse's own
 * docs/variability.md recommends: run each page several times and take the median run. The
 * median run is picked by Lighthouse's own helper (the run closest to the median first
 * contentful paint and time to interactive, not the median score, which an outlier at the start
 * or end of a load can move); the spread of the performance scores over every run is kept so a
 * report hides nothing.
 */
import type { Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';

export interface RunsSummary {
  /** The run whose scores are reported. */
  median: Result;
  /** Performance (0–100) of every run that loaded, in the order they ran. */
  performance: number[];
  /** Runs that did not load or lack the metrics the median needs, with why. */
  failed: string[];
}

export function performanceScore(lhr: Result): number {
  return Math.round((lhr.categories['performance']?.score ?? 0) * 100);
}

/** The median run and the spread; undefined when no run loaded. */
export function summarizeRuns(runs: readonly Result[]): RunsSummary | undefined {
  const loaded = runs.filter((run) => !run.runtimeError);
  const valid = filterToValidRuns(loaded);
  const failed = [
    ...runs.filter((run) => run.runtimeError).map((run) => `${run.runtimeError!.code}: ${run.runtimeError!.message}`),
    ...loaded.filter((run) => !valid.includes(run)).map(() => 'no first contentful paint or time to interactive'),
  ];
  if (valid.length === 0) return undefined;
  return { median: computeMedianRun(valid), performance: valid.map(performanceScore), failed };
}

/** "93–100" over several runs, "97" when they agree or there was one. */
export function spreadText(scores: readonly number[]): string {
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  return min === max ? String(min) : `${min}–${max}`;
}

/** `--runs`: a whole number of runs from 1 to 20, or a message saying what to pass. */
export function parseRunCount(text: string): number | { error: string } {
  const runs = Number(text);
  if (!/^\d+$/.test(text.trim()) || runs < 1 || runs > 20) return { error: `--runs ${text}: expected a whole number of runs from 1 to 20.\n  → For example \`npm run lighthouse -- --runs 3\` (Lighthouse's docs recommend 3–5 and the median run).` };
  return runs;
}
