/** Mistake: a column is treated as constant only when its computed variance is exactly 0 (rounding leaves 1e-34). */
// [0.1, 0.1, 0.1]: the mean rounds to 0.10000000000000002, the variance to 1.9e-34, and every value becomes -1.
import { fitStandardScaler as reference, type Rows, type StandardScaler } from "../feature-prep.ts";

import { pipelineWith } from "./lib/pipeline.ts";

export { fitMinMaxScaler, fitOneHotEncoder, kFold, trainTestSplit } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function fitStandardScaler(X: Rows): StandardScaler {
  const fitted = reference(X); // validates
  const n = X.length;
  const d = fitted.mean.length;
  const mean = Array.from({ length: d }, (_, j) => Array.from(X, (r) => r[j]!).reduce((s, v) => s + v, 0) / n);
  const variance = mean.map((m, j) => Array.from(X, (r) => (r[j]! - m) ** 2).reduce((s, v) => s + v, 0) / n);
  const scale = variance.map((v) => (v === 0 ? 1 : Math.sqrt(v))); // BUG: should test the values, not the rounded variance
  return { mean, scale, transform: (Y) => (fitted.transform(Y), Array.from(Y, (row) => Array.from(row, (v, j) => (v - mean[j]!) / scale[j]!))) };
}

export const scaleTrainTest = pipelineWith(fitStandardScaler);
