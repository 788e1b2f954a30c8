/** Mistake: categories sorted with the default sort, which orders numbers as strings (10 before 9). */
// Floor codes [0, 1, 2, 3, 10, 12] come out as [0, 1, 10, 12, 2, 3].
import { fitOneHotEncoder as reference, type CategoryRows, type OneHotEncoder } from "../feature-prep.ts";
import { encoderWithOrder } from "./lib/encoder.ts";

export { fitMinMaxScaler, fitStandardScaler, kFold, trainTestSplit, scaleTrainTest } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function fitOneHotEncoder(rows: CategoryRows, options?: { handleUnknown?: "error" | "ignore" }): OneHotEncoder {
  reference(rows, options); // validates
  return encoderWithOrder(rows, options, (values) => [...values].sort()); // BUG: sort() compares as strings
}
