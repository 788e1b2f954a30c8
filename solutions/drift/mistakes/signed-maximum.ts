/** Mistake: D as the signed maximum of F_reference − F_current, so a shift in one direction is missed. */
import { ksWith } from "./lib/ks.ts";

export { populationStabilityIndex } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

function signed(x: Float64Array, y: Float64Array): number {
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < x.length || j < y.length) {
    const value = j >= y.length || (i < x.length && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    while (i < x.length && x[i] === value) i++;
    while (j < y.length && y[j] === value) j++;
    best = Math.max(best, i * y.length - j * x.length); // BUG: no absolute value
  }
  return best;
}

export const ksTwoSample = ksWith({ scaled: signed });
