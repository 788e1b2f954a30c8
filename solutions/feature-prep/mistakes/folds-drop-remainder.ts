/** Mistake: every fold has floor(n / k) rows, so the last n mod k rows are never in a test fold. */
// n = 10, k = 3: test folds [0,1,2], [3,4,5], [6,7,8]; row 9 is only ever trained on.
import type { Split } from "../feature-prep.ts";
import { foldsWithSizes } from "./lib/folds.ts";

export { fitMinMaxScaler, fitOneHotEncoder, fitStandardScaler, trainTestSplit, scaleTrainTest } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function kFold(n: number, k: number, options?: { shuffle?: boolean; seed?: number }): Split[] {
  return foldsWithSizes(n, k, options, (rows, folds) => Array.from({ length: folds }, () => Math.floor(rows / folds)));
}
