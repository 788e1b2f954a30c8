/**
 * Kata: linear regression (least squares and ridge) from scratch. Read README.md in this folder first.
 *
 * Implement both functions below, then run `npm run grade -- linear-regression`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 * ml-matrix is available (`import { Matrix, SingularValueDecomposition, … } from "ml-matrix"`): see README.md.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** Rows of features: an array of rows, each a plain array (or typed array) of the same length. */
export type FeatureRows = ReadonlyArray<ArrayLike<number>>;
/** Targets (or predictions): finite numbers, a plain array or a typed array. */
export type Targets = ArrayLike<number>;

export interface LinearRegressionOptions {
  /** Ridge strength α ≥ 0 on ‖w‖² (the intercept is never penalised). Default 0: ordinary least squares. */
  alpha?: number;
}

export interface LinearModel {
  /** One coefficient per feature. */
  coef: number[];
  intercept: number;
  /** intercept + x · coef for each row. */
  predict(X: FeatureRows): number[];
}

/**
 * Minimises ‖y − X·w − b‖² + alpha·‖w‖² over w and an unpenalised intercept b (scikit-learn's LinearRegression
 * for alpha = 0, Ridge(alpha) otherwise). With collinear columns and alpha = 0, returns numpy lstsq's
 * minimum-norm w.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  throw new NotImplementedError("fitLinearRegression");
}

/**
 * R² = 1 − Σ(yTrue − yPred)² / Σ(yTrue − mean(yTrue))² (scikit-learn's r2_score).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function r2Score(yTrue: Targets, yPred: Targets): number {
  throw new NotImplementedError("r2Score");
}
