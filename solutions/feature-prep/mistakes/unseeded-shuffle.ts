/** Mistake: the split is shuffled with Math.random, so the seed is ignored and no split can be reproduced. */
import { trainTestSplit as reference, type Split } from "../feature-prep.ts";

export { fitMinMaxScaler, fitOneHotEncoder, fitStandardScaler, kFold, scaleTrainTest } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function trainTestSplit(n: number, options?: { testSize?: number; shuffle?: boolean; seed?: number }): Split {
  const { test } = reference(n, options); // validates, and gives the size
  if (options?.shuffle === false) return reference(n, options);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1)); // BUG: not the seeded generator
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  const ascending = (a: number, b: number) => a - b;
  return { train: p.slice(test.length).sort(ascending), test: p.slice(0, test.length).sort(ascending) };
}
