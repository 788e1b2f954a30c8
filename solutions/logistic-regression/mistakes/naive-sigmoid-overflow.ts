/** Mistake: sigmoid as e^z / (1 + e^z), which is Infinity / Infinity = NaN for z >= 710. */
import {
  fitLogisticRegression,
  type FeatureRows,
  type Labels,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
} from "../logistic-regression.ts";

export { fitLogisticRegression };
export type { FeatureRows, Labels, LogisticRegressionModel, LogisticRegressionOptions };

export function sigmoid(z: number): number {
  const e = Math.exp(z); // BUG: overflows to Infinity for z >= 710
  return e / (1 + e);
}
