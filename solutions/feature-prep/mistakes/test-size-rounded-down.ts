/** Mistake: n_test = floor(testSize · n) (or a rounded value) instead of scikit-learn's ceil. */
// n = 10, testSize 0.25: 2 test rows instead of 3.
import { trainTestSplit as reference, type Split } from "../feature-prep.ts";

export { fitMinMaxScaler, fitOneHotEncoder, fitStandardScaler, kFold, scaleTrainTest } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function trainTestSplit(n: number, options?: { testSize?: number; shuffle?: boolean; seed?: number }): Split {
  reference(n, options); // validates
  const testSize = options?.testSize ?? 0.25;
  const count = testSize < 1 ? Math.max(1, Math.floor(testSize * n)) : testSize; // BUG: floor
  return reference(n, { ...options, testSize: count });
}
