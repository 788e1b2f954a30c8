/**
 * Reference solution: scaled dot-product attention with causal and key-padding masks, and multi-head
 * self-attention, on ml-matrix.
 *
 *   scores  = Q·Kᵀ / √d                    (Tq × Tk; √d keeps the scores' variance ~1 whatever the width)
 *   weights = softmax over each row of the scores, masked keys excluded before the softmax
 *   output  = weights · V                  (Tq × dv)
 *
 * Masking happens before the softmax, by leaving the masked keys out of the max and the sum: their weight is
 * exactly 0 and the others still sum to 1. A query that sees no key at all gets weights 0 and output 0 (there is
 * nothing to average; torch's softmax would give 0/0 = NaN).
 */
import { Matrix } from "ml-matrix";

export type Rows = ReadonlyArray<ArrayLike<number>>;

export interface AttentionOptions {
  causal?: boolean;
  keyPadding?: ArrayLike<boolean>;
}

export interface AttentionResult {
  output: number[][];
  weights: number[][];
}

export interface MultiHeadParams {
  Wq: number[][];
  Wk: number[][];
  Wv: number[][];
  Wo: number[][];
}

export interface MultiHeadResult {
  output: number[][];
  weights: number[][][];
}

// ---------------------------------------------------------------------------------------------------- checks

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** A validated copy of a matrix argument: rows × columns finite numbers. */
export function matrixOf(value: unknown, what: string): Matrix {
  if (!Array.isArray(value)) throw new TypeError(`${what} must be an array of rows`);
  if (value.length === 0) throw new RangeError(`${what} is empty: it needs at least one row`);
  const first: unknown = value[0];
  if (!isArrayLike(first)) throw new TypeError(`${what}[0] must be an array or typed array of numbers`);
  const columns = first.length;
  if (columns === 0) throw new RangeError(`${what} has empty rows: each row needs at least one number`);
  const m = new Matrix(value.length, columns);
  value.forEach((row: unknown, i) => {
    if (!isArrayLike(row)) throw new TypeError(`${what}[${i}] must be an array or typed array of numbers`);
    if (row.length !== columns) throw new RangeError(`${what}[${i}] has ${row.length} values, ${what}[0] has ${columns} (ragged shape)`);
    for (let j = 0; j < columns; j++) {
      const x = row[j];
      if (typeof x !== "number") throw new TypeError(`${what}[${i}][${j}] is ${typeof x}; values must be numbers`);
      if (!Number.isFinite(x)) throw new RangeError(`${what}[${i}][${j}] is ${x}; values must be finite`);
      m.set(i, j, x);
    }
  });
  return m;
}

/** The options, checked against the shapes: a mask `allowed(i, j)` for query i and key j. */
export function maskOf(options: AttentionOptions | undefined, queries: number, keys: number): (i: number, j: number) => boolean {
  if (options === undefined) return () => true;
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object { causal?, keyPadding? }");
  const { causal = false, keyPadding } = options;
  if (typeof causal !== "boolean") throw new TypeError("options.causal must be a boolean");
  if (causal && queries !== keys) {
    throw new RangeError(`a causal mask needs as many queries as keys (got ${queries} queries and ${keys} keys): top-left or bottom-right alignment would be a guess`);
  }
  let padded: boolean[] | undefined;
  if (keyPadding !== undefined) {
    if (!isArrayLike(keyPadding)) throw new TypeError("options.keyPadding must be an array of booleans, one per key");
    if (keyPadding.length !== keys) throw new RangeError(`options.keyPadding has length ${keyPadding.length}; it needs one flag per key (${keys})`);
    padded = Array.from(keyPadding as ArrayLike<unknown>, (flag, j) => {
      if (typeof flag !== "boolean") throw new TypeError(`options.keyPadding[${j}] is ${typeof flag}; each flag must be a boolean`);
      return flag;
    });
  }
  return (i, j) => !(causal && j > i) && !(padded && padded[j]);
}

function checkHeads(numHeads: unknown, modelWidth: number): number {
  if (typeof numHeads !== "number") throw new TypeError("numHeads must be a number");
  if (!Number.isInteger(numHeads) || numHeads < 1) throw new RangeError(`numHeads is ${numHeads}; it must be a positive integer`);
  if (modelWidth % numHeads !== 0) throw new RangeError(`numHeads = ${numHeads} does not divide the model width ${modelWidth}`);
  return numHeads;
}

// ---------------------------------------------------------------------------------------------------- attention

/** Masked, stable softmax of each row of `scores`: masked entries 0, a row with no allowed entry all 0. */
function maskedSoftmax(scores: Matrix, allowed: (i: number, j: number) => boolean): Matrix {
  const weights = new Matrix(scores.rows, scores.columns); // zeros
  for (let i = 0; i < scores.rows; i++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < scores.columns; j++) if (allowed(i, j) && scores.get(i, j) > max) max = scores.get(i, j);
    if (max === Number.NEGATIVE_INFINITY) continue; // this query sees no key: weights 0, output 0
    // Subtracting the row's max makes the largest exponent e⁰ = 1: nothing overflows, the sum is >= 1.
    let sum = 0;
    for (let j = 0; j < scores.columns; j++) {
      if (!allowed(i, j)) continue;
      const e = Math.exp(scores.get(i, j) - max);
      weights.set(i, j, e);
      sum += e;
    }
    for (let j = 0; j < scores.columns; j++) weights.set(i, j, weights.get(i, j) / sum);
  }
  return weights;
}

function attend(q: Matrix, k: Matrix, v: Matrix, allowed: (i: number, j: number) => boolean): { output: Matrix; weights: Matrix } {
  const scores = q.mmul(k.transpose()).mul(1 / Math.sqrt(q.columns));
  const weights = maskedSoftmax(scores, allowed);
  return { output: weights.mmul(v), weights };
}

export function scaledDotProductAttention(Q: Rows, K: Rows, V: Rows, options?: AttentionOptions): AttentionResult {
  const q = matrixOf(Q, "Q");
  const k = matrixOf(K, "K");
  const v = matrixOf(V, "V");
  if (q.columns !== k.columns) throw new RangeError(`Q rows have ${q.columns} values and K rows ${k.columns}: Q·Kᵀ needs the same width d (shape mismatch)`);
  if (k.rows !== v.rows) throw new RangeError(`K has ${k.rows} rows and V ${v.rows}: one value row per key (shape mismatch)`);
  const allowed = maskOf(options, q.rows, k.rows);
  const { output, weights } = attend(q, k, v, allowed);
  return { output: output.to2DArray(), weights: weights.to2DArray() };
}

// ---------------------------------------------------------------------------------------------------- heads

/** Head h of a T × dModel matrix: its columns h·dHead … (h+1)·dHead − 1. */
function headOf(x: Matrix, h: number, dHead: number): Matrix {
  return x.subMatrix(0, x.rows - 1, h * dHead, (h + 1) * dHead - 1);
}

export function splitHeads(X: Rows, numHeads: number): number[][][] {
  const x = matrixOf(X, "X");
  const heads = checkHeads(numHeads, x.columns);
  const dHead = x.columns / heads;
  // Not x.reshape(numHeads, T, dHead): a row-major T × dModel buffer holds time-major rows, so the heads are
  // column blocks of every row (numpy: x.reshape(T, numHeads, dHead).transpose(1, 0, 2)).
  return Array.from({ length: heads }, (_, h) => headOf(x, h, dHead).to2DArray());
}

export function mergeHeads(heads: ReadonlyArray<Rows>): number[][] {
  if (!Array.isArray(heads)) throw new TypeError("heads must be an array of T × dHead matrices");
  if (heads.length === 0) throw new RangeError("heads is empty: there must be at least one head");
  const parts = heads.map((head, h) => matrixOf(head, `heads[${h}]`));
  const first = parts[0]!;
  parts.forEach((part, h) => {
    if (part.rows !== first.rows || part.columns !== first.columns) {
      throw new RangeError(`heads[${h}] is ${part.rows} × ${part.columns} but heads[0] is ${first.rows} × ${first.columns}: every head must have the same shape`);
    }
  });
  const merged = new Matrix(first.rows, first.columns * parts.length);
  parts.forEach((part, h) => merged.setSubMatrix(part, 0, h * first.columns));
  return merged.to2DArray();
}

export function multiHeadAttention(X: Rows, params: MultiHeadParams, numHeads: number, options?: AttentionOptions): MultiHeadResult {
  const x = matrixOf(X, "X");
  const dModel = x.columns;
  if (typeof params !== "object" || params === null) throw new TypeError("params must be an object { Wq, Wk, Wv, Wo }");
  const [wq, wk, wv, wo] = (["Wq", "Wk", "Wv", "Wo"] as const).map((name) => {
    const w = matrixOf(params[name], `params.${name}`);
    if (w.rows !== dModel || w.columns !== dModel) throw new RangeError(`params.${name} is ${w.rows} × ${w.columns}; it must be dModel × dModel = ${dModel} × ${dModel} (shape)`);
    return w;
  }) as [Matrix, Matrix, Matrix, Matrix];
  const heads = checkHeads(numHeads, dModel);
  const dHead = dModel / heads;
  const allowed = maskOf(options, x.rows, x.rows);
  const q = x.mmul(wq);
  const k = x.mmul(wk);
  const v = x.mmul(wv);
  const merged = new Matrix(x.rows, dModel);
  const weights: number[][][] = [];
  for (let h = 0; h < heads; h++) {
    // Each head is scaled by 1/√dHead: its own width, not dModel's.
    const head = attend(headOf(q, h, dHead), headOf(k, h, dHead), headOf(v, h, dHead), allowed);
    merged.setSubMatrix(head.output, 0, h * dHead);
    weights.push(head.weights.to2DArray());
  }
  return { output: merged.mmul(wo).to2DArray(), weights };
}
