/**
 * Kata: logistic regression from scratch. Read README.md in this folder first.
 *
 * Implement both functions below, then run `npm run grade -- logistic-regression`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** Rows of features: an array of rows, each a plain array (or typed array) of the same length. */
export type FeatureRows = ReadonlyArray<ArrayLike<number>>;
/** 0/1 numbers or booleans; 1 / true is the positive class. Plain arrays or typed arrays. */
export type Labels = ArrayLike<number | boolean>;

export interface LogisticRegressionOptions {
  /** L2 strength λ ≥ 0 in J = mean log-loss + (λ/2)‖w‖². Default 0. The bias is never penalised. */
  l2?: number;
  /** Gradient-descent step size > 0. Default 0.5. A solver that needs no step size may ignore it. */
  learningRate?: number;
  /** Maximum number of parameter updates, a positive integer. Default 10,000. */
  maxIter?: number;
  /** Stop as soon as the gradient norm ‖∇J(w, b)‖₂ ≤ tol (tol ≥ 0). Default 1e-6. */
  tol?: number;
}

export interface LogisticRegressionModel {
  /** One weight per feature. */
  weights: number[];
  bias: number;
  /** Number of parameter updates made (0 if the starting point already met `tol`). */
  iterations: number;
  /** P(y = 1 | x) for each row. */
  predictProba(X: FeatureRows): number[];
  /** 1 where the probability is strictly above `threshold` (default 0.5), else 0. */
  predict(X: FeatureRows, threshold?: number): number[];
}

/**
 * The logistic function 1 / (1 + e^−z). Must never return NaN: sigmoid(1000) is 1 and sigmoid(−1000) is 0.
 */
export function sigmoid(z: number): number {
  throw new NotImplementedError("sigmoid");
}

/**
 * Fits logistic regression by minimising J(w, b) = mean log-loss + (l2 / 2)‖w‖² (bias not penalised), starting
 * from w = 0, b = 0, until ‖∇J‖₂ ≤ tol or maxIter updates.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function fitLogisticRegression(X: FeatureRows, y: Labels, options?: LogisticRegressionOptions): LogisticRegressionModel {
  throw new NotImplementedError("fitLogisticRegression");
}
