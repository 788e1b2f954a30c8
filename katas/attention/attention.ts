/**
 * Kata: scaled dot-product attention, masks, and multi-head attention. Read README.md in this folder first.
 *
 * Implement the four functions below, then run `npm run grade -- attention`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 *
 * ml-matrix is available where you would reach for numpy: `import { Matrix } from "ml-matrix";`
 * (`new Matrix(rows)`, `a.mmul(b)`, `a.transpose()`, `a.mul(s)`, `a.getRow(i)`, `a.to2DArray()`; see README.md
 * for what it gives and what it does not). Flat typed arrays (`Float64Array`, row i at offset i·d) are fine too.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** T rows of d finite numbers each (plain arrays or typed arrays). Never modified. */
export type Rows = ReadonlyArray<ArrayLike<number>>;

export interface AttentionOptions {
  /** Query i sees only keys j <= i (top-left aligned, torch's is_causal=True). Needs as many queries as keys. Default false. */
  causal?: boolean;
  /** One flag per key: true means the key is padding and no query attends to it (nn.MultiheadAttention's key_padding_mask). */
  keyPadding?: ArrayLike<boolean>;
}

export interface AttentionResult {
  /** Tq × dv: weights · V. A query that sees no key gets a row of zeros. */
  output: number[][];
  /** Tq × Tk: softmax over the keys of Q·Kᵀ/√d with the masked keys excluded (exactly 0). A query that sees no key gets a row of zeros. */
  weights: number[][];
}

/** The four projections of multi-head self-attention, each dModel × dModel, in numpy's layout (x @ W). */
export interface MultiHeadParams {
  Wq: number[][];
  Wk: number[][];
  Wv: number[][];
  Wo: number[][];
}

export interface MultiHeadResult {
  /** T × dModel: merge(heads' outputs) · Wo. */
  output: number[][];
  /** numHeads × T × T: each head's attention weights (torch's average_attn_weights=False). */
  weights: number[][][];
}

/**
 * softmax(Q·Kᵀ / √d + mask) · V, the softmax over the keys, numerically stable for any finite scores.
 * Q is Tq × d, K is Tk × d, V is Tk × dv.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function scaledDotProductAttention(Q: Rows, K: Rows, V: Rows, options?: AttentionOptions): AttentionResult {
  throw new NotImplementedError("scaledDotProductAttention");
}

/**
 * T × dModel → numHeads × T × dHead (dHead = dModel / numHeads): head h gets columns h·dHead … (h+1)·dHead − 1 of
 * every row (numpy: x.reshape(T, numHeads, dHead).transpose(1, 0, 2)).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function splitHeads(X: Rows, numHeads: number): number[][][] {
  throw new NotImplementedError("splitHeads");
}

/**
 * numHeads × T × dHead → T × (numHeads · dHead): the inverse of splitHeads (row t is head 0's row t, then head 1's…).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function mergeHeads(heads: ReadonlyArray<Rows>): number[][] {
  throw new NotImplementedError("mergeHeads");
}

/**
 * Multi-head self-attention without biases: Q = X·Wq, K = X·Wk, V = X·Wv, split each into numHeads heads,
 * scaled dot-product attention per head (scaled by 1/√dHead, with the same options for every head), merge,
 * then · Wo. torch's nn.MultiheadAttention(dModel, numHeads, bias=False) with its weights transposed.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function multiHeadAttention(X: Rows, params: MultiHeadParams, numHeads: number, options?: AttentionOptions): MultiHeadResult {
  throw new NotImplementedError("multiHeadAttention");
}
