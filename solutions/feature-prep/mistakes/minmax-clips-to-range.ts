/** Mistake: min-max scaling clips values outside the fitted range to [lo, hi] (MinMaxScaler does not clip by default). */
// Fitted on [1, 3], the value 4 becomes 1 instead of 1.5.
import { fitMinMaxScaler as reference, type MinMaxScaler, type Rows } from "../feature-prep.ts";

export { fitStandardScaler, fitOneHotEncoder, kFold, trainTestSplit } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";
import { pipelineWith } from "./lib/pipeline.ts";

export function fitMinMaxScaler(X: Rows, options?: { featureRange?: readonly [number, number] }): MinMaxScaler {
  const fitted = reference(X, options);
  const [lo, hi] = options?.featureRange ?? [0, 1];
  return {
    dataMin: fitted.dataMin,
    dataMax: fitted.dataMax,
    transform: (Y) => fitted.transform(Y).map((row) => row.map((v) => Math.min(hi, Math.max(lo, v)))), // BUG: clipping
  };
}

export const scaleTrainTest = pipelineWith(undefined, fitMinMaxScaler);
