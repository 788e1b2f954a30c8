/** Mistake: the CDFs are compared only at the reference's values, missing a maximum at a point of the other sample. */
import { ksWith } from "./lib/ks.ts";

export { populationStabilityIndex } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

/** For each distinct reference value x: |#ref <= x * m - #cur <= x * n| (binary search in the current sample). */
function atReferencePoints(x: Float64Array, y: Float64Array): number {
  let best = 0;
  for (let i = 0; i < x.length; i++) {
    if (i + 1 < x.length && x[i + 1] === x[i]) continue; // the last copy of each value
    let lo = 0;
    let hi = y.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (y[mid]! <= x[i]!) lo = mid + 1;
      else hi = mid;
    }
    best = Math.max(best, Math.abs((i + 1) * y.length - lo * x.length)); // BUG: never looks at y's own points
  }
  return best;
}

export const ksTwoSample = ksWith({ scaled: atReferencePoints });
