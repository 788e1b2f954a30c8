/** Mistake: a constant column is divided by its zero standard deviation (NaN) instead of being scaled by 1. */
import { fitStandardScaler as reference, type Rows, type StandardScaler } from "../feature-prep.ts";

import { pipelineWith } from "./lib/pipeline.ts";

export { fitMinMaxScaler, fitOneHotEncoder, kFold, trainTestSplit } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function fitStandardScaler(X: Rows): StandardScaler {
  const fitted = reference(X);
  const n = X.length;
  const mean = fitted.mean;
  const scale = mean.map((m, j) => Math.sqrt(Array.from(X, (r) => (r[j]! - m) ** 2).reduce((s, v) => s + v, 0) / n)); // BUG: 0 stays 0
  return { mean, scale, transform: (Y) => (fitted.transform(Y), Array.from(Y, (row) => Array.from(row, (v, j) => (v - mean[j]!) / scale[j]!))) };
}

export const scaleTrainTest = pipelineWith(fitStandardScaler);
