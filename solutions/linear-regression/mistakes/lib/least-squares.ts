/**
 * Shared by several mistakes: a correct least-squares machinery (Givens QR of [A | b], then an SVD of R) that
 * each mistake feeds the wrong problem. `centre: false` solves on the raw columns (no intercept unless the
 * caller appends a column of ones); `penaliseAll` puts alpha on every column, the intercept column included.
 */
import { Matrix, SingularValueDecomposition } from "ml-matrix";

export interface Problem {
  /** Rows of the design (already including a ones column if the mistake appends one). */
  rows: ArrayLike<number>[];
  targets: ArrayLike<number>;
  alpha: number;
  centre: boolean;
}

export function solveLeastSquares({ rows, targets, alpha, centre }: Problem): { coef: Float64Array; means: Float64Array; targetMean: number } {
  const n = rows.length;
  const d = rows[0]!.length;
  const p = d + 1;
  const means = new Float64Array(d);
  let targetMean = 0;
  if (centre) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) means[j] = means[j]! + rows[i]![j]! / n;
      targetMean += targets[i]! / n;
    }
  }
  const R = new Float64Array(p * p);
  const row = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = rows[i]![j]! - means[j]!;
    row[d] = targets[i]! - targetMean;
    for (let k = 0; k < p; k++) {
      const b = row[k]!;
      if (b === 0) continue;
      const a = R[k * p + k]!;
      const h = Math.sqrt(a * a + b * b);
      const c = a / h;
      const s = b / h;
      R[k * p + k] = h;
      for (let j = k + 1; j < p; j++) {
        const top = R[k * p + j]!;
        R[k * p + j] = c * top + s * row[j]!;
        row[j] = c * row[j]! - s * top;
      }
    }
  }
  const M = new Matrix(d, d);
  for (let j = 0; j < d; j++) for (let k = j; k < d; k++) M.set(j, k, R[j * p + k]!);
  const svd = new SingularValueDecomposition(M, { autoTranspose: false });
  const sigma = svd.diagonal;
  const cutoff = Math.max(n, d) * Number.EPSILON * Math.max(0, ...sigma);
  const coef = new Float64Array(d);
  for (let i = 0; i < sigma.length; i++) {
    const s = sigma[i]!;
    const factor = alpha > 0 ? s / (s * s + alpha) : s > cutoff ? 1 / s : 0;
    if (factor === 0) continue;
    let projection = 0;
    for (let j = 0; j < d; j++) projection += svd.leftSingularVectors.get(j, i) * R[j * p + d]!;
    for (let j = 0; j < d; j++) coef[j] = coef[j]! + svd.rightSingularVectors.get(j, i) * factor * projection;
  }
  return { coef, means, targetMean };
}
