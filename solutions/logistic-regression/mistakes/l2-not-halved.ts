/** Mistake: penalises l2·‖w‖² instead of (l2/2)·‖w‖² (gradient 2·l2·w), i.e. twice the regularisation asked for. */
// X = 0..5, y = [0,0,1,0,1,1], l2 = 1/6: gives w .600985, b -1.502463 instead of w .767054, b -1.917634.
import {
  fitLogisticRegression as referenceFit,
  sigmoid,
  type FeatureRows,
  type Labels,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
} from "../logistic-regression.ts";

export { sigmoid };
export type { FeatureRows, Labels, LogisticRegressionModel, LogisticRegressionOptions };

export function fitLogisticRegression(X: FeatureRows, y: Labels, options?: LogisticRegressionOptions): LogisticRegressionModel {
  const l2 = options?.l2;
  // BUG: the derivative of l2·‖w‖² is 2·l2·w, so this solves the problem with twice the penalty.
  return referenceFit(X, y, typeof l2 === "number" ? { ...options, l2: 2 * l2 } : options);
}
