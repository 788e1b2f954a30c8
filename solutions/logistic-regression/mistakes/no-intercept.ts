/** Mistake: fits weights only, no bias term (the decision boundary is forced through the origin). */
// X = 1, 2, 3, 4 with y = 0, 0, 1, 1: every w·x has the same sign, so the accuracy is 1/2 instead of 1.
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

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function fitLogisticRegression(X: FeatureRows, y: Labels, options?: LogisticRegressionOptions): LogisticRegressionModel {
  const { columns, rows: n, features: d } = readFeatures(X);
  const labels = readLabels(y, n);
  const { l2, learningRate, maxIter, tol } = readOptions(options);
  const w = new Float64Array(d);
  const z = new Float64Array(n);
  const residual = new Float64Array(n);
  const gradient = new Float64Array(d);
  let iterations = 0;
  for (;;) {
    z.fill(0); // BUG: no bias
    for (let j = 0; j < d; j++) {
      const column = columns[j]!;
      const wj = w[j]!;
      for (let i = 0; i < n; i++) z[i]! += wj * column[i]!;
    }
    for (let i = 0; i < n; i++) residual[i] = sigmoid(z[i]!) - labels[i]!;
    let norm = 0;
    for (let j = 0; j < d; j++) {
      gradient[j] = dot(residual, columns[j]!) / n + l2 * w[j]!;
      norm += gradient[j]! ** 2;
    }
    if (Math.sqrt(norm) <= tol || iterations >= maxIter) break;
    for (let j = 0; j < d; j++) w[j] = w[j]! - learningRate * gradient[j]!;
    iterations++;
  }
  return makeModel(w, 0, iterations);
}
