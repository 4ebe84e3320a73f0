/**
 * `npm run lighthouse -- --calibrate-cpu`: the CPU slowdown Lighthouse's docs/throttling.md
 * suggests for this machine. Lighthouse slows the CPU down 4x by default, which assumes a
 * high-end desktop (benchmark index 1500–2000) and lands it on a mid-tier phone; a slower host
 * slowed down 4x emulates a much slower phone than intended. The docs give a table of host
 * classes by benchmark index and the multiplier that targets a mid-tier phone from each; this is
 * that table, read as it is (the suggested figure of each class, not a formula of our own).
 */
export interface HostClass {
  name: string;
  /** Lowest benchmark index of the class in the docs' table (Chrome m86 figures). */
  minIndex: number;
  /** The docs' suggested multiplier to emulate a mid-tier mobile from this class. */
  multiplier: number;
}

/** docs/throttling.md, "Benchmarking CPU Power" and "Calibrating the CPU slowdown", target "Mid-Tier Mobile". */
export const hostClasses: readonly HostClass[] = [
  { name: 'high-end desktop', minIndex: 1500, multiplier: 4 },
  { name: 'low-end desktop', minIndex: 1000, multiplier: 2 },
  { name: 'high-end mobile', minIndex: 800, multiplier: 2 },
  // A host as slow as the target, or slower, is not slowed down at all (it cannot be sped up).
  { name: 'mid-tier mobile', minIndex: 125, multiplier: 1 },
  { name: 'low-end mobile', minIndex: 0, multiplier: 1 },
];

export const defaultCpuSlowdown = 4;

export function hostClassOf(benchmarkIndex: number): HostClass {
  return hostClasses.find((hostClass) => benchmarkIndex >= hostClass.minIndex) ?? hostClasses.at(-1)!;
}

/** The median of the benchmark indexes measured (Lighthouse's own measure moves with the machine's load). */
export function medianIndex(indexes: readonly number[]): number {
  const sorted = [...indexes].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "benchmark index 640 (mid-tier mobile) → CPU slowdown 1x instead of 4x" */
export function calibrationText(benchmarkIndex: number): string {
  const hostClass = hostClassOf(benchmarkIndex);
  return `benchmark index ${Math.round(benchmarkIndex)} (${hostClass.name}) → CPU slowdown ${hostClass.multiplier}x instead of ${defaultCpuSlowdown}x`;
}
