/**
 * Shared code of the attention mistakes: plain-array attention with one switch per bug, so that each mistake file
 * differs from a correct solution in exactly one place. Validation is the reference's.
 */
import { maskOf, matrixOf, type AttentionOptions, type AttentionResult, type MultiHeadParams, type MultiHeadResult, type Rows } from "../../attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows };

export interface Bugs {
  /** Scores are Q·Kᵀ, not divided by √d. */
  noScaling?: boolean;
  /** Softmax over all keys first, then the masked weights set to 0 (not renormalised). */
  maskAfterSoftmax?: boolean;
  /** Softmax over the queries (down each column) instead of over the keys. */
  softmaxOverQueries?: boolean;
  /** exp of the raw scores, no max subtracted. */
  unstableSoftmax?: boolean;
  /** Masked scores set to −Infinity, then a max-subtracted softmax over every key: −∞ − (−∞) = NaN on a fully masked row. */
  negativeInfinityFill?: boolean;
  /** Masked scores set to −1e9: a fully masked row becomes a softmax over the masked keys. */
  largeNegativeFill?: boolean;
  /** The causal mask hides j >= i: a query does not see itself. */
  causalExcludesDiagonal?: boolean;
  /** splitHeads / mergeHeads as a flat reshape of the row-major buffer to (h, T, dHead). */
  reshapeHeads?: boolean;
  /** Multi-head attention scaled by 1/√dModel instead of 1/√dHead. */
  scaleByModelWidth?: boolean;
}

const toRows = (value: Rows, what: string): number[][] => matrixOf(value, what).to2DArray();

/** Softmax of the entries of `values` where `present`; zeros when none is present. */
function softmax(values: number[], present: boolean[], stable: boolean): number[] {
  if (!present.some(Boolean)) return values.map(() => 0);
  const top = stable ? Math.max(...values.filter((_, j) => present[j])) : 0;
  const e = values.map((v, j) => (present[j] ? Math.exp(v - top) : 0));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

export function attentionWith(bugs: Bugs) {
  function allowedOf(options: AttentionOptions | undefined, tq: number, tk: number): (i: number, j: number) => boolean {
    const allowed = maskOf(options, tq, tk);
    if (!bugs.causalExcludesDiagonal || !options?.causal) return allowed;
    return (i, j) => allowed(i, j) && j !== i; // j < i only
  }

  function core(Q: number[][], K: number[][], V: number[][], allowed: (i: number, j: number) => boolean, width: number): { output: number[][]; weights: number[][] } {
    const scale = bugs.noScaling ? 1 : 1 / Math.sqrt(width);
    const stable = !bugs.unstableSoftmax;
    const scores = Q.map((q) => K.map((k) => scale * k.reduce((s, kc, c) => s + kc * q[c]!, 0)));
    const mask = Q.map((_, i) => K.map((__, j) => allowed(i, j)));
    let weights: number[][];
    if (bugs.maskAfterSoftmax) {
      weights = scores.map((row) => softmax(row, row.map(() => true), stable)).map((row, i) => row.map((w, j) => (mask[i]![j] ? w : 0)));
    } else if (bugs.negativeInfinityFill || bugs.largeNegativeFill) {
      const fill = bugs.negativeInfinityFill ? Number.NEGATIVE_INFINITY : -1e9;
      weights = scores.map((row, i) => {
        const filled = row.map((s, j) => (mask[i]![j] ? s : fill));
        const top = Math.max(...filled);
        const e = filled.map((s) => Math.exp(s - top));
        const sum = e.reduce((a, b) => a + b, 0);
        return e.map((x) => x / sum);
      });
    } else if (bugs.softmaxOverQueries) {
      weights = scores.map((row) => row.map(() => 0));
      K.forEach((_, j) => {
        const column = softmax(scores.map((row) => row[j]!), mask.map((row) => row[j]!), stable);
        column.forEach((w, i) => (weights[i]![j] = w));
      });
    } else {
      weights = scores.map((row, i) => softmax(row, mask[i]!, stable));
    }
    const output = weights.map((w) => V[0]!.map((_, c) => w.reduce((s, wj, j) => s + wj * V[j]![c]!, 0)));
    return { output, weights };
  }

  function scaledDotProductAttention(Q: Rows, K: Rows, V: Rows, options?: AttentionOptions): AttentionResult {
    const q = toRows(Q, "Q");
    const k = toRows(K, "K");
    const v = toRows(V, "V");
    if (q[0]!.length !== k[0]!.length) throw new RangeError("Q and K must have the same width (shape mismatch)");
    if (k.length !== v.length) throw new RangeError("K and V must have the same number of rows (shape mismatch)");
    return core(q, k, v, allowedOf(options, q.length, k.length), q[0]!.length);
  }

  function checkHeads(numHeads: number, width: number): void {
    if (!Number.isInteger(numHeads) || numHeads < 1 || width % numHeads !== 0) throw new RangeError(`numHeads = ${numHeads} must be a positive integer dividing ${width}`);
  }

  function splitHeads(X: Rows, numHeads: number): number[][][] {
    const x = toRows(X, "X");
    const T = x.length;
    const dModel = x[0]!.length;
    checkHeads(numHeads, dModel);
    const dHead = dModel / numHeads;
    if (bugs.reshapeHeads) {
      const flat = x.flat();
      return Array.from({ length: numHeads }, (_, h) => Array.from({ length: T }, (__, t) => flat.slice((h * T + t) * dHead, (h * T + t + 1) * dHead)));
    }
    return Array.from({ length: numHeads }, (_, h) => x.map((row) => row.slice(h * dHead, (h + 1) * dHead)));
  }

  function mergeHeads(heads: ReadonlyArray<Rows>): number[][] {
    if (!Array.isArray(heads)) throw new TypeError("heads must be an array");
    if (heads.length === 0) throw new RangeError("heads is empty");
    const parts = heads.map((head, h) => toRows(head, `heads[${h}]`));
    const T = parts[0]!.length;
    const dHead = parts[0]![0]!.length;
    if (parts.some((p) => p.length !== T || p[0]!.length !== dHead)) throw new RangeError("every head must have the same shape");
    if (bugs.reshapeHeads) {
      const flat = parts.flat(2);
      const dModel = dHead * parts.length;
      return Array.from({ length: T }, (_, t) => flat.slice(t * dModel, (t + 1) * dModel));
    }
    return Array.from({ length: T }, (_, t) => parts.flatMap((p) => p[t]!));
  }

  const matmul = (A: number[][], B: number[][]) => A.map((row) => B[0]!.map((_, c) => row.reduce((s, a, k) => s + a * B[k]![c]!, 0)));

  function multiHeadAttention(X: Rows, params: MultiHeadParams, numHeads: number, options?: AttentionOptions): MultiHeadResult {
    const x = toRows(X, "X");
    const dModel = x[0]!.length;
    const [wq, wk, wv, wo] = (["Wq", "Wk", "Wv", "Wo"] as const).map((name) => {
      const w = toRows(params[name], `params.${name}`);
      if (w.length !== dModel || w[0]!.length !== dModel) throw new RangeError(`params.${name} must be ${dModel} × ${dModel} (shape)`);
      return w;
    }) as [number[][], number[][], number[][], number[][]];
    checkHeads(numHeads, dModel);
    const allowed = allowedOf(options, x.length, x.length);
    const [qs, ks, vs] = [wq, wk, wv].map((w) => splitHeads(matmul(x, w), numHeads)) as [number[][][], number[][][], number[][][]];
    const width = bugs.scaleByModelWidth ? dModel : dModel / numHeads;
    const heads = qs.map((q, h) => core(q, ks[h]!, vs[h]!, allowed, width));
    return { output: matmul(mergeHeads(heads.map((head) => head.output)), wo), weights: heads.map((head) => head.weights) };
  }

  return { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention };
}
