/** Mistake: each CDF evaluated by counting over the whole sample at every pooled value: O(n (n + m)), hours at 10^6. */
import { ksWith } from "./lib/ks.ts";

export { populationStabilityIndex } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

function byCounting(x: Float64Array, y: Float64Array): number {
  let best = 0;
  for (const sample of [x, y]) {
    for (let p = 0; p < sample.length; p++) {
      const t = sample[p]!;
      let i = 0;
      let j = 0;
      for (let q = 0; q < x.length; q++) if (x[q]! <= t) i++; // BUG: O(n) per point
      for (let q = 0; q < y.length; q++) if (y[q]! <= t) j++;
      best = Math.max(best, Math.abs(i * y.length - j * x.length));
    }
  }
  return best;
}

export const ksTwoSample = ksWith({ scaled: byCounting });
