/** Mistake: the sample standard deviation (ddof = 1, ml-matrix's default) instead of the population one. */
// StandardScaler uses ddof = 0: [[1],[2],[4],[9]] has scale 3.0822, not 3.5590.
import { Matrix } from "ml-matrix";
import { fitStandardScaler as reference, type Rows, type StandardScaler } from "../feature-prep.ts";

import { pipelineWith } from "./lib/pipeline.ts";

export { fitMinMaxScaler, fitOneHotEncoder, kFold, trainTestSplit } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function fitStandardScaler(X: Rows): StandardScaler {
  const fitted = reference(X); // validates
  const mean = fitted.mean;
  const matrix = new Matrix(Array.from(X, (r) => Array.from(r)));
  const sd = matrix.standardDeviation("column"); // BUG: unbiased (n − 1) by default
  const scale = sd.map((s, j) => (matrix.minColumn(j) === matrix.maxColumn(j) ? 1 : s));
  return { mean, scale, transform: (Y) => (fitted.transform(Y), Array.from(Y, (row) => Array.from(row, (v, j) => (v - mean[j]!) / scale[j]!))) };
}

export const scaleTrainTest = pipelineWith(fitStandardScaler);
