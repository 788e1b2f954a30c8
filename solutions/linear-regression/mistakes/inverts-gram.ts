/** Mistake: solves the normal equations with the explicit inverse of XᵀX, which is singular on collinear columns and squares the condition number. */
// Centres the data (so the intercept is right) but then computes w = inverse(XcᵀXc + αI) · Xcᵀyc with ml-matrix:
// on a duplicated column LU finds XᵀX singular and throws; on x..x⁸ (κ = 3.5e5, κ² = 1.2e11) it loses ~5 digits.
// Fast and right on well-conditioned data (the scale spec passes): the bug is numerical, not a complexity one.
import { inverse, Matrix } from "ml-matrix";
import { checkFeatures, checkTargets, makeModel, readAlpha, r2Score, type FeatureRows, type LinearModel, type LinearRegressionOptions, type Targets } from "../linear-regression.ts";

export { r2Score };
export type { FeatureRows, LinearModel, LinearRegressionOptions, Targets };

export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  const d = checkFeatures(X);
  checkTargets(y, "y", X.length);
  const alpha = readAlpha(options);
  const n = X.length;
  const xMean = new Float64Array(d);
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) xMean[j] = xMean[j]! + X[i]![j]! / n;
    yMean += y[i]! / n;
  }
  // XcᵀXc and Xcᵀyc in one pass over the rows.
  const gram = new Matrix(d, d);
  const moment = new Float64Array(d);
  const centred = new Float64Array(d);
  const G = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) centred[j] = X[i]![j]! - xMean[j]!;
    const r = y[i]! - yMean;
    for (let j = 0; j < d; j++) {
      moment[j] = moment[j]! + centred[j]! * r;
      for (let k = j; k < d; k++) G[j * d + k] = G[j * d + k]! + centred[j]! * centred[k]!;
    }
  }
  for (let j = 0; j < d; j++) for (let k = j; k < d; k++) gram.set(j, k, G[j * d + k]! + (j === k ? alpha : 0)).set(k, j, G[j * d + k]! + (j === k ? alpha : 0));
  // BUG: the explicit inverse of XᵀX (what np.linalg.inv(X.T @ X) @ X.T @ y does).
  const coef = inverse(gram).mmul(Matrix.columnVector(Array.from(moment))).getColumn(0);
  return makeModel(coef, yMean - coef.reduce((s, w, j) => s + w * xMean[j]!, 0));
}
