/** Mistake: solves the normal equations with the explicit inverse of XᵀX, which is singular on collinear columns and squares the condition number. */
// Centres the data (so the intercept is right) but then computes w = inverse(XcᵀXc + αI) · Xcᵀyc with ml-matrix:
// on a duplicated column LU finds XᵀX singular and throws; on x..x⁸ (κ = 3.5e5, κ² = 1.2e11) it loses ~5 digits.
import { inverse, Matrix } from "ml-matrix";
import { checkFeatures, checkTargets, makeModel, readAlpha, r2Score, type FeatureRows, type LinearModel, type LinearRegressionOptions, type Targets } from "../linear-regression.ts";

export { r2Score };
export type { FeatureRows, LinearModel, LinearRegressionOptions, Targets };

export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  const d = checkFeatures(X);
  checkTargets(y, "y", X.length);
  const alpha = readAlpha(options);
  const n = X.length;
  const xMean = Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
  const yMean = Array.from(y).reduce((s, v) => s + v, 0) / n;
  const Xc = new Matrix(X.map((row) => Array.from(row, (v, j) => v - xMean[j]!)));
  const yc = Matrix.columnVector(Array.from(y, (v) => v - yMean));
  const gram = Xc.transpose().mmul(Xc).add(Matrix.eye(d).mul(alpha));
  // BUG: the explicit inverse of XᵀX (what np.linalg.inv(X.T @ X) @ X.T @ y does).
  const coef = inverse(gram).mmul(Xc.transpose().mmul(yc)).getColumn(0);
  return makeModel(coef, yMean - coef.reduce((s, w, j) => s + w * xMean[j]!, 0));
}
