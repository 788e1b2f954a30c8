/** Mistake: the L2 penalty also shrinks the bias (the bias should not be penalised). */
// X = 0..5, y = [0,0,1,0,1,1], l2 = 1/6: gives w .412375, b -.586975 instead of w .767054, b -1.917634.
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
  let b = 0;
  const z = new Float64Array(n);
  const residual = new Float64Array(n);
  const gradient = new Float64Array(d);
  let iterations = 0;
  for (;;) {
    z.fill(b);
    for (let j = 0; j < d; j++) {
      const column = columns[j]!;
      const wj = w[j]!;
      for (let i = 0; i < n; i++) z[i]! += wj * column[i]!;
    }
    let residualSum = 0;
    for (let i = 0; i < n; i++) {
      residual[i] = sigmoid(z[i]!) - labels[i]!;
      residualSum += residual[i]!;
    }
    const biasGradient = residualSum / n + l2 * b; // BUG: the bias is penalised like a weight
    let norm = biasGradient ** 2;
    for (let j = 0; j < d; j++) {
      gradient[j] = dot(residual, columns[j]!) / n + l2 * w[j]!;
      norm += gradient[j]! ** 2;
    }
    if (Math.sqrt(norm) <= tol || iterations >= maxIter) break;
    for (let j = 0; j < d; j++) w[j] = w[j]! - learningRate * gradient[j]!;
    b -= learningRate * biasGradient;
    iterations++;
  }
  return makeModel(w, b, iterations);
}
