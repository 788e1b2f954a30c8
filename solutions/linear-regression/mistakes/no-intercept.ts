/** Mistake: fits no intercept, so every fitted plane passes through the origin. */
// X = 1..4, y = 3, 5, 7, 10 gives coef 2.4667 and intercept 0 instead of 2.3 and 0.5.
import { checkFeatures, checkTargets, makeModel, readAlpha, r2Score, type FeatureRows, type LinearModel, type LinearRegressionOptions, type Targets } from "../linear-regression.ts";
import { solveLeastSquares } from "./lib/least-squares.ts";

export { r2Score };
export type { FeatureRows, LinearModel, LinearRegressionOptions, Targets };

export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  checkFeatures(X);
  checkTargets(y, "y", X.length);
  const alpha = readAlpha(options);
  // BUG: neither centres the data nor adds a ones column.
  const { coef } = solveLeastSquares({ rows: [...X], targets: y, alpha, centre: false });
  return makeModel(coef, 0);
}
