/** Mistake: the scaler is fitted on all rows, test rows included, then split: the test set leaks into the statistics. */
// X = [[1], [5], [3]], train [0, 2], test [1]: the test row scales to 1.22 instead of 3.
import { fitMinMaxScaler, fitStandardScaler, scaleTrainTest as reference, type Rows, type Split } from "../feature-prep.ts";

export { fitMinMaxScaler, fitOneHotEncoder, fitStandardScaler, kFold, trainTestSplit } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function scaleTrainTest(X: Rows, split: Split, method: "standard" | "minmax" = "standard"): { train: number[][]; test: number[][] } {
  reference(X, split, method); // validates
  const scaler = method === "standard" ? fitStandardScaler(X) : fitMinMaxScaler(X); // BUG: fitted on every row
  return { train: scaler.transform(split.train.map((i) => X[i]!)), test: scaler.transform(split.test.map((i) => X[i]!)) };
}
