/** Mistake: sums the log-loss gradient over the rows instead of averaging it, so the L2 penalty weighs n times less. */
// It minimises Σ log-loss + (l2/2)‖w‖², i.e. mean log-loss + (l2/(2n))‖w‖²: scikit-learn's C = 1/l2 instead of
// 1/(l2·n). Right when l2 = 0, wrong for every l2 > 0 (tabular, l2 = 0.1: w[2] .6672 instead of .3912;
// X = 0..5 with l2 = 1/6: w 1.079186, b -2.697966 instead of .767054, -1.917634). With a
// fixed gradient-descent step the sum also makes the step n times too large, so such a loop oscillates until
// maxIter; this version keeps a safe step (Newton with a line search) to isolate the wrong objective.
import {
  fitLogisticRegression as referenceFit,
  readFeatures,
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
  if (typeof l2 !== "number") return referenceFit(X, y, options);
  const n = readFeatures(X).rows;
  // BUG: Σᵢ ∇lossᵢ + l2·w = n · (mean ∇loss + (l2/n)·w): the optimum of a penalty n times weaker.
  return referenceFit(X, y, { ...options, l2: l2 / n });
}
