/** Mistake: one-hot categories in order of first appearance instead of sorted, so the columns are permuted. */
import { fitOneHotEncoder as reference, type CategoryRows, type OneHotEncoder } from "../feature-prep.ts";
import { encoderWithOrder } from "./lib/encoder.ts";

export { fitMinMaxScaler, fitStandardScaler, kFold, trainTestSplit, scaleTrainTest } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function fitOneHotEncoder(rows: CategoryRows, options?: { handleUnknown?: "error" | "ignore" }): OneHotEncoder {
  reference(rows, options); // validates
  return encoderWithOrder(rows, options, (values) => values); // BUG: no sort
}
