/** Alternative: Householder QR over blocks of rows with ml-matrix's pseudoInverse for least squares; Cholesky on the normal equations for ridge. */
// Different from the reference in everything but the answer:
// - OLS: the centred rows are copied 64 at a time under the current R and the stack is re-triangularised with
//   Householder reflections (the "tall-skinny QR" of distributed least squares); then w = R⁺ (Qᵀy) with
//   ml-matrix's pseudoInverse, whose cutoff is set to numpy's max(n, d) · ε · σ_max.
// - Ridge: the Gram matrix XcᵀXc (one pass over the rows, upper triangle only) plus αI is positive definite and
//   well-conditioned enough for ml-matrix's Cholesky solve: κ(XcᵀXc + αI) = (σ_max² + α) / (σ_min² + α).
// - Validation written independently; the model and R² too.
import { CholeskyDecomposition, Matrix, pseudoInverse } from "ml-matrix";

export type FeatureRows = ReadonlyArray<ArrayLike<number>>;
export type Targets = ArrayLike<number>;

export interface LinearRegressionOptions {
  alpha?: number;
}

export interface LinearModel {
  coef: number[];
  intercept: number;
  predict(X: FeatureRows): number[];
}

const isVector = (v: unknown): v is ArrayLike<unknown> => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

function checkNumber(v: unknown, where: string): void {
  if (typeof v !== "number") throw new TypeError(`${where} must be a number, got ${typeof v}`);
  if (!Number.isFinite(v)) throw new RangeError(`${where} is ${v}; values must be finite`);
}

function width(X: FeatureRows, expected?: number): number {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows");
  if (X.length === 0) throw new RangeError("X is empty");
  const first: unknown = X[0];
  const d = expected ?? (isVector(first) ? first.length : -1);
  if (d === 0) throw new RangeError("the rows of X have no features");
  for (let i = 0; i < X.length; i++) {
    const row: unknown = X[i];
    if (!isVector(row)) throw new TypeError(`row ${i} of X is not an array`);
    if (row.length !== d) throw new RangeError(expected === undefined ? `row ${i} of X has ${row.length} values, row 0 has ${d}` : `row ${i} has ${row.length} features; the model has ${d}`);
    for (let j = 0; j < d; j++) {
      const v = row[j];
      // One test for the common case; the helper only runs to say what is wrong.
      if (typeof v !== "number" || v - v !== 0) checkNumber(v, `X[${i}][${j}]`);
    }
  }
  return d;
}

function vector(v: unknown, name: string): ArrayLike<number> {
  if (!isVector(v)) throw new TypeError(`${name} must be an array of numbers`);
  for (let i = 0; i < v.length; i++) checkNumber(v[i], `${name}[${i}]`);
  return v as ArrayLike<number>;
}

/** Triangularises the centred [X | y] block by block; returns the (d+1) × (d+1) upper factor, row-major. */
function blockQr(X: FeatureRows, y: ArrayLike<number>, mean: Float64Array, yMean: number, d: number): Float64Array {
  const p = d + 1;
  const BLOCK = 64;
  const R = new Float64Array(p * p);
  const block = new Float64Array(p * BLOCK); // column-major: block[j * BLOCK + t], so the inner loops are contiguous
  for (let start = 0; start < X.length; start += BLOCK) {
    const rows = Math.min(BLOCK, X.length - start);
    if (rows < BLOCK) block.fill(0);
    for (let t = 0; t < rows; t++) {
      const x = X[start + t]!;
      for (let j = 0; j < d; j++) block[j * BLOCK + t] = x[j]! - mean[j]!;
      block[d * BLOCK + t] = y[start + t]! - yMean;
    }
    // Column k of the stack [R; block] is (R[k][k], 0…0, block[k][·]): one reflector zeroes the block's part.
    for (let k = 0; k < p; k++) {
      const vk = k * BLOCK;
      let tail = 0;
      for (let t = 0; t < BLOCK; t++) tail += block[vk + t]! * block[vk + t]!;
      if (tail === 0) continue;
      const head = R[k * p + k]!;
      const norm = Math.sqrt(head * head + tail);
      const alpha = head > 0 ? -norm : norm; // the sign that avoids cancellation in head − alpha
      const v0 = head - alpha;
      const scale = 2 / (v0 * v0 + tail);
      R[k * p + k] = alpha;
      for (let j = k + 1; j < p; j++) {
        const cj = j * BLOCK;
        let dot = v0 * R[k * p + j]!;
        for (let t = 0; t < BLOCK; t++) dot += block[vk + t]! * block[cj + t]!;
        const f = scale * dot;
        R[k * p + j] = R[k * p + j]! - f * v0;
        for (let t = 0; t < BLOCK; t++) block[cj + t] = block[cj + t]! - f * block[vk + t]!;
      }
      // Column k's block part is now zero (the reflector's image); it stays in `block` as v until the next block.
    }
  }
  return R;
}

function gram(X: FeatureRows, y: ArrayLike<number>, mean: Float64Array, yMean: number, d: number): { G: Matrix; b: Matrix } {
  const G = new Float64Array(d * d);
  const b = new Float64Array(d);
  const c = new Float64Array(d);
  for (let i = 0; i < X.length; i++) {
    const x = X[i]!;
    for (let j = 0; j < d; j++) c[j] = x[j]! - mean[j]!;
    const r = y[i]! - yMean;
    for (let j = 0; j < d; j++) {
      const cj = c[j]!;
      b[j] = b[j]! + cj * r;
      for (let k = j; k < d; k++) G[j * d + k] = G[j * d + k]! + cj * c[k]!;
    }
  }
  const M = new Matrix(d, d);
  for (let j = 0; j < d; j++) for (let k = j; k < d; k++) M.set(j, k, G[j * d + k]!).set(k, j, G[j * d + k]!);
  return { G: M, b: Matrix.columnVector(Array.from(b)) };
}

export function fitLinearRegression(X: FeatureRows, y: Targets, options?: LinearRegressionOptions): LinearModel {
  const d = width(X);
  const targets = vector(y, "y");
  if (targets.length !== X.length) throw new RangeError(`y has length ${targets.length}, X has ${X.length} rows`);
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new TypeError("options must be an object");
  const alpha: unknown = options?.alpha ?? 0;
  if (typeof alpha !== "number") throw new TypeError("alpha must be a number");
  if (!(alpha >= 0 && alpha < Infinity)) throw new RangeError(`alpha must be finite and >= 0, got ${alpha}`);

  const n = X.length;
  const mean = new Float64Array(d);
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) mean[j] = mean[j]! + X[i]![j]!;
    yMean += targets[i]!;
  }
  mean.forEach((s, j) => (mean[j] = s / n));
  yMean /= n;

  let coef: number[];
  if (alpha > 0) {
    const { G, b } = gram(X, targets, mean, yMean, d);
    coef = new CholeskyDecomposition(G.add(Matrix.eye(d).mul(alpha))).solve(b).getColumn(0);
  } else {
    const R = blockQr(X, targets, mean, yMean, d);
    const p = d + 1;
    const top = new Matrix(d, d);
    for (let j = 0; j < d; j++) for (let k = j; k < d; k++) top.set(j, k, R[j * p + k]!);
    const z = Matrix.columnVector(Array.from({ length: d }, (_, j) => R[j * p + d]!));
    // pseudoInverse's cutoff is threshold · max(rows, columns) · σ_max = threshold · d · σ_max: scale it to numpy's.
    coef = pseudoInverse(top, (Number.EPSILON * Math.max(n, d)) / d).mmul(z).getColumn(0);
  }
  const intercept = yMean - coef.reduce((s, w, j) => s + w * mean[j]!, 0);
  const frozen = [...coef];
  return {
    coef,
    intercept,
    predict(rows: FeatureRows): number[] {
      width(rows, d);
      return rows.map((x) => frozen.reduce((s, w, j) => s + w * x[j]!, intercept));
    },
  };
}

export function r2Score(yTrue: Targets, yPred: Targets): number {
  const t = vector(yTrue, "yTrue");
  const p = vector(yPred, "yPred");
  if (t.length !== p.length) throw new RangeError(`yTrue and yPred differ in length (${t.length} vs ${p.length})`);
  if (t.length < 2) throw new RangeError("R² is not defined for fewer than two samples");
  const mean = Array.from(t).reduce((s, v) => s + v, 0) / t.length;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < t.length; i++) {
    ssRes += (t[i]! - p[i]!) ** 2;
    ssTot += (t[i]! - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
