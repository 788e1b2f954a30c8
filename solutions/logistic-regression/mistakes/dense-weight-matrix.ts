/** Mistake: IRLS written from the textbook with an explicit n × n weight matrix W = diag(p(1 − p)). */
// Right answers on small data. At n = 100,000, W has 10¹⁰ entries (80 GB): the allocation fails, and even if it did
// not, W·X̃ would take 2·10¹¹ multiplications. diag(p(1 − p)) only ever needs its n diagonal values.
import { CholeskyDecomposition, Matrix } from "ml-matrix";
import {
  makeModel,
  readFeatures,
  readLabels,
  readOptions,
  sigmoid,
  type FeatureRows,
  type Labels,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
} from "../logistic-regression.ts";

export { sigmoid };
export type { FeatureRows, Labels, LogisticRegressionModel, LogisticRegressionOptions };

export function fitLogisticRegression(X: FeatureRows, y: Labels, options?: LogisticRegressionOptions): LogisticRegressionModel {
  const { columns, rows: n, features: d } = readFeatures(X);
  const labels = readLabels(y, n);
  const { l2, maxIter, tol } = readOptions(options);
  const m = d + 1;
  const design = (i: number, j: number): number => (j === d ? 1 : columns[j]![i]!); // X̃ = [X, 1]
  const theta = new Float64Array(m);
  let iterations = 0;
  for (;;) {
    const p = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let z = theta[d]!;
      for (let j = 0; j < d; j++) z += theta[j]! * design(i, j);
      p[i] = sigmoid(z);
    }
    const W = new Float64Array(n * n); // BUG: a dense n × n matrix for a diagonal
    for (let i = 0; i < n; i++) W[i * n + i] = p[i]! * (1 - p[i]!);
    const gradient = new Array<number>(m).fill(0);
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < n; i++) gradient[j]! += (p[i]! - labels[i]!) * design(i, j);
      gradient[j] = gradient[j]! / n + (j < d ? l2 * theta[j]! : 0);
    }
    if (Math.hypot(...gradient) <= tol || iterations >= maxIter) break;
    // H = X̃ᵀ W X̃ / n + l2 (not on the bias), computed as X̃ᵀ (W X̃): O(n² d).
    const WX = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) {
        const w = W[i * n + k]!;
        if (w === 0) continue;
        for (let j = 0; j < m; j++) WX[i * m + j]! += w * design(k, j);
      }
    }
    const H = new Matrix(m, m);
    for (let a = 0; a < m; a++) {
      for (let c = a; c < m; c++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += design(i, a) * WX[i * m + c]!;
        H.set(a, c, s / n + (a === c && a < d ? l2 : 0));
        H.set(c, a, H.get(a, c));
      }
    }
    const step = new CholeskyDecomposition(H).solve(Matrix.columnVector(gradient)).getColumn(0);
    for (let j = 0; j < m; j++) theta[j] = theta[j]! - step[j]!;
    iterations++;
  }
  return makeModel(theta.subarray(0, d), theta[d]!, iterations);
}
