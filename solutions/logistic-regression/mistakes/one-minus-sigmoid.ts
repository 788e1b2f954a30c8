/** Mistake: for z < 0 computes sigmoid(z) as 1 − sigmoid(−z), losing all precision in the left tail. */
// sigmoid(-40) comes out as 0 instead of 4.248e-18 (1 − (1 − 4e-18) rounds to 0), and sigmoid(-20) has ~1e-8 relative error.
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
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  return 1 - 1 / (1 + Math.exp(z)); // BUG: cancellation; the stable form is e^z / (1 + e^z)
}
