/** Mistake: an unknown category always gives an all-zero block, even with handleUnknown "error" (the default). */
import { fitOneHotEncoder as reference, type CategoryRows, type OneHotEncoder } from "../feature-prep.ts";

export { fitMinMaxScaler, fitStandardScaler, kFold, trainTestSplit, scaleTrainTest } from "../feature-prep.ts";
export type { Category, CategoryRows, MinMaxScaler, OneHotEncoder, Rows, Split, StandardScaler } from "../feature-prep.ts";

export function fitOneHotEncoder(rows: CategoryRows, options?: { handleUnknown?: "error" | "ignore" }): OneHotEncoder {
  reference(rows, options); // validates the options too
  return reference(rows, { handleUnknown: "ignore" }); // BUG: the option is never honoured
}
