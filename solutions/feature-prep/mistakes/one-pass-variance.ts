/** Mistake: variance as E[x²] − E[x]² in one pass, which cancels catastrophically when the mean is large. */
// [1e9+1, 1e9+2, 1e9+3]: the squares are ~1e18 and their rounding (~128) swamps the variance of 0.667.
import { fitStandardScaler as reference, type Rows, type StandardScaler } from "../feature-prep.ts";

import { pipelineWith } from "./lib/pipeline.ts";

export { fitMinMaxScaler, fitOneHotEncoder, kFold, trainTestSplit } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function fitStandardScaler(X: Rows): StandardScaler {
  const fitted = reference(X); // validates
  const n = X.length;
  const d = fitted.mean.length;
  const sum = new Array<number>(d).fill(0);
  const sumSq = new Array<number>(d).fill(0);
  for (const row of X) {
    for (let j = 0; j < d; j++) {
      sum[j]! += row[j]!;
      sumSq[j]! += row[j]! * row[j]!;
    }
  }
  const mean = sum.map((s) => s / n);
  const scale = mean.map((m, j) => {
    const column = Array.from(X, (r) => r[j]!);
    if (column.every((v) => v === column[0])) return 1;
    return Math.sqrt(Math.max(0, sumSq[j]! / n - m * m)); // BUG: the difference of two huge, rounded numbers
  });
  return { mean, scale, transform: (Y) => (fitted.transform(Y), Array.from(Y, (row) => Array.from(row, (v, j) => (v - mean[j]!) / scale[j]!))) };
}

export const scaleTrainTest = pipelineWith(fitStandardScaler);
