/** Mistake: appends a column of ones and treats the intercept like any feature, so ridge shrinks it (and the minimum norm counts it). */
// Ridge(alpha=1) on X = 1..4, y = 3, 5, 7, 10 gives coef 2.1818, intercept 0.6364 instead of 1.9167, 1.4583; with
// alpha = 0 the collinear cases whose ones column is in the span of the features (a constant column, a full
// one-hot encoding) get lstsq's joint minimum norm over (w, b), not scikit-learn's answer.
import { checkFeatures, checkTargets, makeModel, readAlpha, r2Score, type FeatureRows, type LinearModel, type LinearRegressionOptions, type Targets } from "../linear-regression.ts";
import { solveLeastSquares } from "./lib/least-squares.ts";

export { r2Score };
export type { FeatureRows, LinearModel, LinearRegressionOptions, Targets };

export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  const d = checkFeatures(X);
  checkTargets(y, "y", X.length);
  const alpha = readAlpha(options);
  // BUG: the ones column is penalised with the weights (and enters the minimum norm when alpha = 0).
  const rows = X.map((row) => [...Array.from(row), 1]);
  const { coef } = solveLeastSquares({ rows, targets: y, alpha, centre: false });
  return makeModel(coef.subarray(0, d), coef[d]!);
}
