/** A benchmark suite: `npm run bench` runs every module in scripts/bench/suites/ and prints its rows. */
export interface BenchRow {
  /** What was measured. */
  name: string;
  /** Median time in milliseconds. */
  medianMs: number;
  /** Each run's time in milliseconds, in order. */
  runsMs: number[];
  /** Free-form comparison, e.g. "ratio 1.08x (target <= 1.2x)". */
  note?: string;
}

export interface BenchSuite {
  name: string;
  /** One line on what is compared and why. */
  description: string;
  run(options: { runs: number; log: (line: string) => void }): Promise<BenchRow[]>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Times `fn` `runs` times (after one untimed warm-up when `warmUp`), returning milliseconds per run. */
export async function timeRuns(runs: number, fn: () => unknown, warmUp = true): Promise<number[]> {
  if (warmUp) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}
