/**
 * Scale spec of ksTwoSample, in its own file so that a solution the watchdog stops does not take the other specs'
 * results down with it (populationStabilityIndex has scale-psi.spec.ts).
 *
 * Two samples of 1,000,000 values on 20,000 levels (many ties), the current one shifted by 0.075% of the range
 * (D ~ 0.0015, an asymptotic p-value near 0.2). Measured on the project machine (2 cores, Node 20, load average
 * 2-4 from other jobs), CPU time per call: 270-280 ms for the reference (numeric sorts of typed copies and a
 * merge) and 530-550 ms for the binary-search alternative.
 * Evaluating each CDF by counting over both samples at every pooled value (quadratic-cdf) is O(n (n + m)):
 * 0.21 s at n = m = 5,000, 0.58 s at 10,000, so ~1.6 hours at 10^6 — stopped by the watchdog (3 s without
 * yielding) long before the bound is checked.
 *
 * Bound: 2,000 ms of CPU per call (process.cpuUsage, so that other jobs on the machine do not count): a 7x margin
 * for the reference, 3.6x for the slower alternative, and the quadratic evaluation ~3,000x past it.
 */
import seedrandom from "seedrandom";
import { beforeAll, it } from "vitest";
import { ksTwoSample } from "#impl/drift";
import { expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const N = 1_000_000;
const LEVELS = 20_000;
const BOUND_MS = 2_000;

function cpu<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

function withinBound(ms: number, what: string): void {
  if (ms > BOUND_MS) fail(`${what} took ${Math.round(ms)} ms of CPU; an O(n log n) solution needs well under ${BOUND_MS} ms`, `< ${BOUND_MS} ms`, `${Math.round(ms)} ms`);
}

/** Kolmogorov's limit Q(lambda) = 2 sum (-1)^(k-1) exp(-2 k^2 lambda^2), enough terms for lambda >= 0.5. */
function kolmogorov(lambda: number): number {
  let sum = 0;
  for (let k = 1; k <= 200; k++) sum += (k % 2 === 1 ? 2 : -2) * Math.exp(-2 * k * k * lambda * lambda);
  return sum;
}

specs("scale", "scale: KS", () => {
  const reference = new Float64Array(N);
  const current = new Float64Array(N);
  const countsRef = new Float64Array(LEVELS);
  const countsCur = new Float64Array(LEVELS);
  beforeAll(() => {
    const rng = seedrandom("drift-scale");
    for (let i = 0; i < N; i++) {
      const a = Math.min(LEVELS - 1, Math.floor(LEVELS * (rng() + rng()) / 2));
      const b = Math.min(LEVELS - 1, Math.floor(LEVELS * (rng() + rng() + 0.0015) / 2));
      reference[i] = a / 100;
      current[i] = b / 100;
      countsRef[a]!++;
      countsCur[b]!++;
    }
  });

  it("ksTwoSample on two samples of 1,000,000 in O(n log n) (asymptotic p-value)", () => {
    // Expected by a pass over the level histograms: D at each level after all its ties.
    let cumulativeRef = 0;
    let cumulativeCur = 0;
    let best = 0;
    for (let level = 0; level < LEVELS; level++) {
      cumulativeRef += countsRef[level]!;
      cumulativeCur += countsCur[level]!;
      best = Math.max(best, Math.abs(cumulativeRef - cumulativeCur));
    }
    const statistic = best / N;
    const pValue = kolmogorov(Math.sqrt((N * N) / (2 * N)) * statistic);
    given({ reference: `${N} values on ${LEVELS} levels`, current: `${N} values, shifted by 0.075% of the range` }, () => {
      const { value, ms } = cpu(() => ksTwoSample(reference, current));
      expectClose(value.statistic, statistic, 1e-12, "statistic D");
      if (value.method !== "asymptotic") fail('method should be "asymptotic" above 10,000 values', "asymptotic", value.method);
      expectClose(value.pValue, pValue, 1e-9, "pValue");
      withinBound(ms, "ksTwoSample");
    });
  });
});
