/** Mistake: the n mod k leftover rows all go to the last fold instead of one each to the first n mod k folds. */
// n = 10, k = 3: fold sizes 3, 3, 4 instead of scikit-learn's 4, 3, 3.
import type { Split } from "../feature-prep.ts";
import { foldsWithSizes } from "./lib/folds.ts";

export { fitMinMaxScaler, fitOneHotEncoder, fitStandardScaler, trainTestSplit, scaleTrainTest } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function kFold(n: number, k: number, options?: { shuffle?: boolean; seed?: number }): Split[] {
  return foldsWithSizes(n, k, options, (rows, folds) =>
    Array.from({ length: folds }, (_, f) => Math.floor(rows / folds) + (f === folds - 1 ? rows % folds : 0)),
  );
}
