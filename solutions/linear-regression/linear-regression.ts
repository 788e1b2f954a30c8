/**
 * Reference solution: ordinary least squares and ridge regression (intercept unpenalised), solved by a QR
 * factorisation built row by row with Givens rotations, then an SVD of the small triangular factor.
 *
 * Objective (scikit-learn's LinearRegression for alpha = 0, Ridge(alpha) otherwise):
 *
 *   minimise over w, b:  ‖y − X w − b‖² + alpha · ‖w‖²        (a sum over the rows, not a mean)
 *
 * The intercept is not penalised, so it can be taken out first: centre X and y on their means, solve for w on the
 * centred data, then b = ȳ − x̄ · w.
 *
 * Why not w = (XᵀX)⁻¹ Xᵀy: forming XᵀX squares the condition number (κ(XᵀX) = κ(X)²), so a design with κ = 10⁶
 * leaves about 16 − 12 = 4 correct digits; with collinear columns XᵀX is singular and its "inverse" is rounding
 * noise. QR works on X itself: X = Q R with Q orthogonal, so ‖y − Xw‖ = ‖Qᵀy − R w‖ and the error grows with κ,
 * not κ². Givens rotations build R one row at a time (O(d²) per row, O(n·d²) in all, no copy of X), with y carried
 * as an extra column so that Qᵀy comes out in the last column of R.
 *
 * Why an SVD of R: R has the same singular values and right singular vectors as the centred X. With R = U Σ Vᵀ,
 * the ridge solution is w = V · diag(σ / (σ² + α)) · Uᵀ (Qᵀy); for α = 0 the factors with σ below numpy's cutoff
 * max(n, d) · ε · σ_max are dropped, which gives numpy's lstsq minimum-norm answer when columns are collinear.
 * The SVD is of a d × d matrix: O(d³), nothing next to the O(n·d²) pass.
 */
import { Matrix, SingularValueDecomposition } from "ml-matrix";

/** Rows of features: an array of rows, each a plain array or a typed array of the same length. */
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

// ---------------------------------------------------------------------------------------------------------------
// Validation (exported for the mistakes/ solutions, which share it). Inputs are read, never written.

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** Checks X (non-empty, rectangular, finite numbers); `features` fixes the row length (predict). Returns d. */
export function checkFeatures(X: FeatureRows, features?: number): number {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows (each row an array of feature values)");
  if (X.length === 0) throw new RangeError("X is empty: it needs at least one row");
  const first: unknown = X[0];
  const width = features ?? (isArrayLike(first) ? first.length : 0);
  if (features === undefined && isArrayLike(first) && width === 0) throw new RangeError("X[0] has no features: each row needs at least one");
  for (let i = 0; i < X.length; i++) {
    const row: unknown = X[i];
    if (!isArrayLike(row)) throw new TypeError(`X[${i}] is not a row: each row of X must be an array of numbers`);
    if (row.length !== width) {
      throw new RangeError(
        features === undefined
          ? `X[${i}] has ${row.length} features but X[0] has ${width}: every row must have the same length (ragged X)`
          : `X[${i}] has ${row.length} features but the model was fitted on ${width} features`,
      );
    }
    for (let j = 0; j < width; j++) {
      const v = row[j];
      if (typeof v !== "number") throw new TypeError(`X[${i}][${j}] is ${typeof v}: feature values must be finite numbers`);
      if (!Number.isFinite(v)) throw new RangeError(`X[${i}][${j}] is ${v}: feature values must be finite numbers`);
    }
  }
  return width;
}

/** Checks a vector of finite numbers named `name`, of length `length` when given. */
export function checkTargets(values: Targets, name: string, length?: number): void {
  if (!isArrayLike(values)) throw new TypeError(`${name} must be an array (or typed array) of numbers`);
  if (length !== undefined && values.length !== length) {
    throw new RangeError(`X has ${length} rows but ${name} has length ${values.length}: they must match`);
  }
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== "number") throw new TypeError(`${name}[${i}] is ${typeof v}: ${name} must hold finite numbers`);
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] is ${v}: ${name} must hold finite numbers`);
  }
}

/** The ridge strength, defaulting to 0. */
export function readAlpha(options: LinearRegressionOptions | undefined): number {
  if (options === undefined) return 0;
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object (or omitted)");
  const alpha: unknown = options.alpha;
  if (alpha === undefined) return 0;
  if (typeof alpha !== "number") throw new TypeError(`options.alpha must be a number, got ${typeof alpha}`);
  if (!(Number.isFinite(alpha) && alpha >= 0)) throw new RangeError(`options.alpha is ${alpha}: it must be a finite number >= 0`);
  return alpha;
}

/** The fitted model; predict checks its rows against the number of fitted features. */
export function makeModel(coef: ArrayLike<number>, intercept: number): LinearModel {
  const w = Float64Array.from(coef);
  const predict = (X: FeatureRows): number[] => {
    checkFeatures(X, w.length);
    return X.map((row) => {
      let value = intercept;
      for (let j = 0; j < w.length; j++) value += w[j]! * row[j]!;
      return value;
    });
  };
  return { coef: Array.from(w), intercept, predict };
}

// ---------------------------------------------------------------------------------------------------------------
// The solver.

/** Column means of X and the mean of y: the centring that takes the unpenalised intercept out of the problem. */
function means(X: FeatureRows, y: Targets, d: number): { xMean: Float64Array; yMean: number } {
  const n = X.length;
  const xMean = new Float64Array(d);
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    for (let j = 0; j < d; j++) xMean[j] = xMean[j]! + row[j]!;
    yMean += y[i]!;
  }
  for (let j = 0; j < d; j++) xMean[j] = xMean[j]! / n;
  return { xMean, yMean: yMean / n };
}

/**
 * The upper-triangular factor R̃ ((d+1) × (d+1), row-major) of the QR factorisation of the centred [X | y]:
 * each centred row is rotated into R̃ by d + 1 Givens rotations, each zeroing one of its entries. Orthogonal
 * transformations preserve the least-squares problem, so R̃'s top-left d × d block is R and its last column holds
 * Qᵀ(y − ȳ). O(n·d²) time, O(d²) memory.
 */
function triangularise(X: FeatureRows, y: Targets, d: number, xMean: Float64Array, yMean: number): Float64Array {
  const p = d + 1;
  const R = new Float64Array(p * p);
  const row = new Float64Array(p);
  for (let i = 0; i < X.length; i++) {
    const x = X[i]!;
    for (let j = 0; j < d; j++) row[j] = x[j]! - xMean[j]!;
    row[d] = y[i]! - yMean;
    for (let k = 0; k < p; k++) {
      const b = row[k]!;
      if (b === 0) continue;
      const a = R[k * p + k]!;
      const h = Math.sqrt(a * a + b * b); // no overflow risk worth Math.hypot's cost at these magnitudes
      const c = a / h;
      const s = b / h;
      R[k * p + k] = h;
      for (let j = k + 1; j < p; j++) {
        const top = R[k * p + j]!;
        const bottom = row[j]!;
        R[k * p + j] = c * top + s * bottom;
        row[j] = c * bottom - s * top;
      }
    }
  }
  return R;
}

/**
 * w minimising ‖z − R w‖² + α‖w‖² (R is d × d, taken from R̃), through the SVD R = U Σ Vᵀ:
 * w = Σ_i v_i · f(σ_i) · (u_i · z) with f(σ) = σ / (σ² + α); for α = 0, f(σ) = 1/σ above numpy's cutoff and 0
 * below it (the minimum-norm solution when R is singular).
 */
function solveTriangular(Rt: Float64Array, d: number, rows: number, alpha: number): Float64Array {
  const p = d + 1;
  const R = new Matrix(d, d);
  const z = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    for (let k = j; k < d; k++) R.set(j, k, Rt[j * p + k]!);
    z[j] = Rt[j * p + d]!;
  }
  const svd = new SingularValueDecomposition(R, { autoTranspose: false });
  const sigma = svd.diagonal;
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  const cutoff = Math.max(rows, d) * Number.EPSILON * Math.max(0, ...sigma);
  const w = new Float64Array(d);
  for (let i = 0; i < sigma.length; i++) {
    const s = sigma[i]!;
    const factor = alpha > 0 ? s / (s * s + alpha) : s > cutoff ? 1 / s : 0;
    if (factor === 0) continue;
    let projection = 0; // u_i · z
    for (let j = 0; j < d; j++) projection += U.get(j, i) * z[j]!;
    const scaled = factor * projection;
    for (let j = 0; j < d; j++) w[j] = w[j]! + V.get(j, i) * scaled;
  }
  return w;
}

/**
 * Fits ordinary least squares (alpha = 0, numpy's minimum-norm answer when columns are collinear) or ridge
 * regression (alpha > 0), with an unpenalised intercept. O(n·d²) time, O(d²) extra memory.
 */
export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  const d = checkFeatures(X);
  checkTargets(y, "y", X.length);
  const alpha = readAlpha(options);
  const { xMean, yMean } = means(X, y, d);
  const R = triangularise(X, y, d, xMean, yMean);
  const coef = solveTriangular(R, d, X.length, alpha);
  let intercept = yMean;
  for (let j = 0; j < d; j++) intercept -= xMean[j]! * coef[j]!;
  return makeModel(coef, intercept);
}

/**
 * Coefficient of determination R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², as scikit-learn's r2_score: negative when the
 * predictions are worse than the mean; for a constant yTrue, 1 if the predictions are exact and 0 otherwise.
 * The denominator is computed around the mean in a second pass (Σy² − n·ȳ² cancels catastrophically).
 */
export function r2Score(yTrue: Targets, yPred: Targets): number {
  checkTargets(yTrue, "yTrue");
  checkTargets(yPred, "yPred");
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`yTrue has length ${yTrue.length} but yPred has length ${yPred.length}: they must match`);
  }
  const n = yTrue.length;
  if (n < 2) throw new RangeError(`R² needs at least two samples (got ${n}): with one, the total sum of squares is 0`);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i]!;
  mean /= n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    residual += (yTrue[i]! - yPred[i]!) ** 2;
    total += (yTrue[i]! - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0; // scikit-learn's force_finite rule for a constant yTrue
  return 1 - residual / total;
}
