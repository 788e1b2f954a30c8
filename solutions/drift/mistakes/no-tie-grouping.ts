/** Mistake: the merge compares the CDFs after every single value, in the middle of ties, instead of after each group. */
import { ksWith } from "./lib/ks.ts";

export { populationStabilityIndex } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

function ungrouped(x: Float64Array, y: Float64Array): number {
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i]! <= y[j]!)) i++;
    else j++;
    best = Math.max(best, Math.abs(i * y.length - j * x.length)); // BUG: a tie across samples is split
  }
  return best;
}

export const ksTwoSample = ksWith({ scaled: ungrouped });
