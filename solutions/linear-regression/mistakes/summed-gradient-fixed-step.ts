/** Mistake: gradient descent on the summed squared error with a fixed step, which diverges once n is large and is inexact when it converges. */
// The gradient of Σ(y − Xw − b)² grows with n, so a step of 0.01 that works on 4 rows overshoots on 200: the
// house-prices fit runs off to -Infinity. On X = 1..4 it stops after 1,000 steps at 2.2999995, short of the
// optimum by far more than 1e-9.
import { checkFeatures, checkTargets, makeModel, readAlpha, r2Score, type FeatureRows, type LinearModel, type LinearRegressionOptions, type Targets } from "../linear-regression.ts";

export { r2Score };
export type { FeatureRows, LinearModel, LinearRegressionOptions, Targets };

const LEARNING_RATE = 0.01;
const ITERATIONS = 1000;

export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  const d = checkFeatures(X);
  checkTargets(y, "y", X.length);
  const alpha = readAlpha(options);
  const w = new Float64Array(d);
  let b = 0;
  const gradient = new Float64Array(d);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    gradient.fill(0);
    let gradientB = 0;
    for (let i = 0; i < X.length; i++) {
      const row = X[i]!;
      let residual = b - y[i]!;
      for (let j = 0; j < d; j++) residual += w[j]! * row[j]!;
      // BUG: summed over the rows (not averaged) with a fixed step: the effective step grows with n.
      for (let j = 0; j < d; j++) gradient[j] = gradient[j]! + 2 * residual * row[j]!;
      gradientB += 2 * residual;
    }
    for (let j = 0; j < d; j++) w[j] = w[j]! - LEARNING_RATE * (gradient[j]! + 2 * alpha * w[j]!);
    b -= LEARNING_RATE * gradientB;
    if (!Number.isFinite(b)) break; // diverged: stop wasting time (the answer is NaN/Infinity anyway)
  }
  return makeModel(w, b);
}
