/**
 * Scale spec of populationStabilityIndex, in its own file so that a solution the watchdog stops does not take the
 * other specs' results down with it (ksTwoSample has scale-ks.spec.ts).
 *
 * Two samples of 1,000,000 values on 20,000 levels (many ties), the current one shifted. Measured on the project
 * machine (2 cores, Node 20, load average 2-4 from other jobs), CPU time per call: the reference 265-285 ms (a
 * numeric sort of each typed copy, the quantile edges, one forward pass per sample); the binary-search alternative
 * 300-335 ms. The work is dominated by the sorts; counting each bin with a filter over the sample (O(n * bins)) is
 * still fine at 10 bins, so this spec guards against quadratic quantiles (e.g. a selection per value) and against
 * the per-call overheads of arrays of boxed numbers.
 *
 * Bound: 2,000 ms of CPU per call (process.cpuUsage, so that other jobs on the machine do not count): a 6-7x margin
 * for both correct solutions.
 */
import seedrandom from "seedrandom";
import { beforeAll, it } from "vitest";
import { populationStabilityIndex } from "#impl/drift";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

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

specs("scale", "scale: PSI", () => {
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

  it("populationStabilityIndex on two samples of 1,000,000 in O(n log n)", () => {
    // Order statistics of the reference from its histogram, then the linear quantile and the bin shares by level.
    const orderStatistic = (rank: number) => {
      let seen = 0;
      for (let level = 0; level < LEVELS; level++) {
        seen += countsRef[level]!;
        if (seen > rank) return level / 100;
      }
      return (LEVELS - 1) / 100;
    };
    const edges = Array.from({ length: 9 }, (_, k) => {
      const whole = (N - 1) * (k + 1);
      const low = (whole - (whole % 10)) / 10;
      const a = orderStatistic(low);
      return a + (orderStatistic(low + 1) - a) * ((whole % 10) / 10);
    });
    const share = (counts: Float64Array) => {
      const out = new Array<number>(10).fill(0);
      for (let level = 0; level < LEVELS; level++) {
        let bin = 0;
        while (bin < 9 && level / 100 >= edges[bin]!) bin++;
        out[bin]! += counts[level]! / N;
      }
      return out;
    };
    const r = share(countsRef);
    const c = share(countsCur);
    const psi = r.reduce((sum, rk, k) => sum + (c[k]! - rk) * Math.log(c[k]! / rk), 0);
    given({ reference: `${N} values on ${LEVELS} levels`, current: `${N} values, shifted` }, () => {
      const { value, ms } = cpu(() => populationStabilityIndex(reference, current));
      expectAllClose(value.edges, edges, 1e-9, "edges");
      expectClose(value.psi, psi, 1e-9, "psi");
      withinBound(ms, "populationStabilityIndex");
    });
  });
});
