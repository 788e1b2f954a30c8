/**
 * Helpers shared by the attention specs (not a spec file itself): an independent brute force in plain loops,
 * seeded random cases, and matrix comparisons. Nothing here uses the reference: the specs check answers.
 */
import seedrandom from "seedrandom";
import { abridge, expectAllClose, fail } from "../../../scripts/kit/index.ts";

export interface Masks {
  causal?: boolean;
  keyPadding?: boolean[];
}

/** Attention by the definition, one query at a time: a masked key is skipped; a query with no key gets zeros. */
export function bruteAttention(Q: number[][], K: number[][], V: number[][], masks: Masks = {}): { output: number[][]; weights: number[][] } {
  const d = Q[0]!.length;
  const dv = V[0]!.length;
  const weights = Q.map((q, i) => {
    const visible = K.map((_, j) => !(masks.causal && j > i) && !masks.keyPadding?.[j]);
    const scores = K.map((k, j) => (visible[j] ? k.reduce((s, kj, c) => s + kj * q[c]!, 0) / Math.sqrt(d) : Number.NEGATIVE_INFINITY));
    const top = Math.max(...scores);
    if (top === Number.NEGATIVE_INFINITY) return scores.map(() => 0);
    const e = scores.map((s, j) => (visible[j] ? Math.exp(s - top) : 0));
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / total);
  });
  const output = weights.map((w) => Array.from({ length: dv }, (_, c) => w.reduce((s, wj, j) => s + wj * V[j]![c]!, 0)));
  return { output, weights };
}

export function matmul(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B[0]!.map((_, c) => row.reduce((s, a, k) => s + a * B[k]![c]!, 0)));
}

/** Columns [from, to) of every row. */
export function columns(A: number[][], from: number, to: number): number[][] {
  return A.map((row) => row.slice(from, to));
}

export interface Projections {
  Wq: number[][];
  Wk: number[][];
  Wv: number[][];
  Wo: number[][];
}

/** Multi-head self-attention by the definition: project, take column blocks per head, attend, concatenate, · Wo. */
export function bruteMultiHead(X: number[][], p: Projections, numHeads: number, masks: Masks = {}): { output: number[][]; weights: number[][][] } {
  const dHead = X[0]!.length / numHeads;
  const [q, k, v] = [p.Wq, p.Wk, p.Wv].map((W) => matmul(X, W)) as [number[][], number[][], number[][]];
  const heads = Array.from({ length: numHeads }, (_, h) => bruteAttention(columns(q, h * dHead, (h + 1) * dHead), columns(k, h * dHead, (h + 1) * dHead), columns(v, h * dHead, (h + 1) * dHead), masks));
  const merged = X.map((_, t) => heads.flatMap((head) => head.output[t]!));
  return { output: matmul(merged, p.Wo), weights: heads.map((head) => head.weights) };
}

export function randomMatrix(rng: () => number, rows: number, cols: number, scale = 1): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * (2 * rng() - 1)));
}

export function seeded(seed: string): seedrandom.PRNG {
  return seedrandom(seed);
}

/** A matrix (array of rows) close to `expected`, row by row, naming the first element that differs. */
export function expectMatrixClose(actual: unknown, expected: number[][], tolerance: number, what: string): void {
  if (!Array.isArray(actual)) fail(`${what} should be an array of ${expected.length} rows`, `${expected.length} rows`, abridge(actual));
  if (actual.length !== expected.length) {
    fail(`${what} should have shape ${expected.length} × ${expected[0]?.length ?? 0}, got ${actual.length} rows`, abridge(expected), abridge(actual));
  }
  expected.forEach((row, i) => expectAllClose(actual[i], row, tolerance, `${what}[${i}]`));
}

/** numHeads × T × d, head by head. */
export function expectTensorClose(actual: unknown, expected: number[][][], tolerance: number, what: string): void {
  if (!Array.isArray(actual) || actual.length !== expected.length) {
    fail(`${what} should have ${expected.length} heads`, `${expected.length} heads`, abridge(actual));
  }
  expected.forEach((head, h) => expectMatrixClose(actual[h], head, tolerance, `${what}[${h}]`));
}

/** The result object has `output` and `weights`. */
export function expectResult(result: unknown): asserts result is { output: unknown; weights: unknown } {
  if (typeof result !== "object" || result === null || !("output" in result) || !("weights" in result)) {
    fail("the result should be an object { output, weights }", "{ output, weights }", abridge(result));
  }
}
