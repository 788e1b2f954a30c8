/**
 * Scaffolding for the scaler mistakes (not a mistake itself): scaleTrainTest built on the mistake's own scalers,
 * as a candidate's pipeline would be, with the reference's validation.
 */
import {
  fitMinMaxScaler as referenceMinMax,
  fitStandardScaler as referenceStandard,
  scaleTrainTest as reference,
  type MinMaxScaler,
  type Rows,
  type Split,
  type StandardScaler,
} from "../../feature-prep.ts";

export function pipelineWith(
  fitStandard: (X: Rows) => StandardScaler = referenceStandard,
  fitMinMax: (X: Rows) => MinMaxScaler = referenceMinMax,
): (X: Rows, split: Split, method?: "standard" | "minmax") => { train: number[][]; test: number[][] } {
  return (X, split, method = "standard") => {
    reference(X, split, method); // validates
    const trainRows = split.train.map((i) => X[i]!);
    const scaler = method === "standard" ? fitStandard(trainRows) : fitMinMax(trainRows);
    return { train: scaler.transform(trainRows), test: scaler.transform(split.test.map((i) => X[i]!)) };
  };
}
