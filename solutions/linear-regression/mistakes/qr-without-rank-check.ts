/** Mistake: QR with plain back-substitution, dividing by the zero pivots that collinear columns leave in R. */
// Stable on full-rank data (the polynomial case passes), but a duplicated column, a constant column or d > n gives
// Infinity, NaN or coefficients of 1e15 instead of numpy's minimum-norm answer.
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
  // Ridge as least squares on the centred rows stacked over √α·I (a correct trick), then Givens QR.
  const rows: Float64Array[] = X.map((row, i) => {
    const centred = new Float64Array(d + 1);
    for (let j = 0; j < d; j++) centred[j] = row[j]! - xMean[j]!;
    centred[d] = y[i]! - yMean;
    return centred;
  });
  if (alpha > 0) for (let j = 0; j < d; j++) rows.push(Object.assign(new Float64Array(d + 1), { [j]: Math.sqrt(alpha) }));
  const p = d + 1;
  const R = new Float64Array(p * p);
  for (const original of rows) {
    const row = Float64Array.from(original);
    for (let k = 0; k < p; k++) {
      const b = row[k]!;
      if (b === 0) continue;
      const a = R[k * p + k]!;
      const h = Math.sqrt(a * a + b * b);
      R[k * p + k] = h;
      for (let j = k + 1; j < p; j++) {
        const top = R[k * p + j]!;
        R[k * p + j] = (a / h) * top + (b / h) * row[j]!;
        row[j] = (a / h) * row[j]! - (b / h) * top;
      }
    }
  }
  // BUG: back-substitution R w = Qᵀy with no check for (near-)zero pivots.
  const w = new Float64Array(d);
  for (let j = d - 1; j >= 0; j--) {
    let s = R[j * p + d]!;
    for (let k = j + 1; k < d; k++) s -= R[j * p + k]! * w[k]!;
    w[j] = s / R[j * p + j]!;
  }
  let intercept = yMean;
  for (let j = 0; j < d; j++) intercept -= xMean[j]! * w[j]!;
  return makeModel(w, intercept);
}
