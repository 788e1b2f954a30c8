/**
 * Alternative: the same network without ml-matrix, on flat row-major Float64Arrays, with backpropagation done one
 * row at a time (each row adds its outer products to the gradients), a log-softmax computed once per row, and
 * normal draws by the Marsaglia polar method on seedrandom's alea generator. Same answers, different layout,
 * loop order and random stream.
 */
import seedrandom from "seedrandom";

export type Rows = ReadonlyArray<ArrayLike<number>>;
export type Labels = ArrayLike<number>;

export interface MlpParams {
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
}

export type MlpGradients = MlpParams;

export interface ForwardCache {
  z1: number[][];
  hidden: number[][];
  logits: number[][];
  probs: number[][];
}

/** The parameters copied into flat arrays: W1 is d × h row-major, W2 is h × k row-major. */
interface Flat {
  d: number;
  h: number;
  k: number;
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: Float64Array;
}

function fail(Kind: typeof RangeError | typeof TypeError, message: string): never {
  throw new Kind(message);
}

function vector(value: unknown, length: number, what: string): Float64Array {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) fail(TypeError, `${what} must be an array of numbers`);
  const v = value as ArrayLike<unknown>;
  if (v.length !== length) fail(RangeError, `${what} has length ${v.length}; shape mismatch, expected ${length}`);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const x = v[i];
    if (typeof x !== "number") fail(TypeError, `${what}[${i}] must be a number`);
    if (!Number.isFinite(x)) fail(RangeError, `${what}[${i}] must be finite`);
    out[i] = x;
  }
  return out;
}

function matrix(value: unknown, rows: number | undefined, what: string): { rows: number; columns: number; data: Float64Array } {
  if (!Array.isArray(value) || value.length === 0) fail(value === undefined || !Array.isArray(value) ? TypeError : RangeError, `${what} must be a non-empty array of rows (shape)`);
  const list = value as unknown[];
  if (rows !== undefined && list.length !== rows) fail(RangeError, `${what} has ${list.length} rows; shape mismatch, expected ${rows}`);
  const columns = (list[0] as ArrayLike<unknown> | undefined)?.length ?? 0;
  if (columns === 0) fail(RangeError, `${what} has empty rows (shape)`);
  const data = new Float64Array(list.length * columns);
  list.forEach((row, i) => data.set(vector(row, columns, `${what}[${i}]`), i * columns));
  return { rows: list.length, columns, data };
}

function flatten(params: unknown, what = "params"): Flat {
  if (typeof params !== "object" || params === null) fail(TypeError, `${what} must be an object { W1, b1, W2, b2 }`);
  const p = params as Record<string, unknown>;
  const W1 = matrix(p.W1, undefined, `${what}.W1`);
  const b1 = vector(p.b1, W1.columns, `${what}.b1`);
  const W2 = matrix(p.W2, W1.columns, `${what}.W2`);
  const b2 = vector(p.b2, W2.columns, `${what}.b2`);
  if (W2.columns < 2) fail(RangeError, `${what}.W2 must have at least 2 columns (classes); shape ${W2.rows} × ${W2.columns}`);
  return { d: W1.rows, h: W1.columns, k: W2.columns, W1: W1.data, b1, W2: W2.data, b2 };
}

function inputs(X: unknown, d: number): Float64Array[] {
  if (!Array.isArray(X)) fail(TypeError, "X must be an array of rows");
  if (X.length === 0) fail(RangeError, "X is empty");
  return (X as unknown[]).map((row, i) => {
    if (!Array.isArray(row) && !ArrayBuffer.isView(row)) fail(TypeError, `X[${i}] must be an array of numbers`);
    if ((row as ArrayLike<number>).length !== d) fail(RangeError, `X[${i}] has ${(row as ArrayLike<number>).length} features; shape mismatch with W1 (${d} rows)`);
    const out = vector(row, d, `X[${i}]`);
    return out;
  });
}

function classes(y: unknown, n: number, k: number): Int32Array {
  if (!Array.isArray(y) && !ArrayBuffer.isView(y)) fail(TypeError, "y must be an array of labels");
  const labels = y as ArrayLike<unknown>;
  if (labels.length !== n) fail(RangeError, `y has length ${labels.length}, X has ${n} rows`);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    if (typeof c !== "number" || !Number.isInteger(c) || c < 0 || c >= k) fail(RangeError, `y[${i}] = ${String(c)} is not a label in [0, ${k})`);
    out[i] = c;
  }
  return out;
}

/** One row through the network: z1 (h), hidden (h), logits (k), log-softmax (k). */
function rowPass(f: Flat, x: Float64Array) {
  const z1 = new Float64Array(f.h);
  const hidden = new Float64Array(f.h);
  for (let j = 0; j < f.h; j++) {
    let z = f.b1[j]!;
    for (let i = 0; i < f.d; i++) z += x[i]! * f.W1[i * f.h + j]!;
    z1[j] = z;
    hidden[j] = z > 0 ? z : 0;
  }
  const logits = new Float64Array(f.k);
  let max = -Infinity;
  for (let c = 0; c < f.k; c++) {
    let z = f.b2[c]!;
    for (let j = 0; j < f.h; j++) z += hidden[j]! * f.W2[j * f.k + c]!;
    logits[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < f.k; c++) sum += Math.exp(logits[c]! - max);
  const logZ = max + Math.log(sum);
  const logProbs = logits.map((l) => l - logZ);
  return { z1, hidden, logits, logProbs };
}

export function initParams(inputSize: number, hiddenSize: number, classCount: number, seed: number): MlpParams {
  for (const [name, value, min] of [["inputSize", inputSize, 1], ["hiddenSize", hiddenSize, 1], ["classes", classCount, 2]] as const) {
    if (!Number.isInteger(value) || value < min) fail(RangeError, `${name} must be an integer >= ${min}, got ${value}`);
  }
  if (!Number.isInteger(seed)) fail(RangeError, `seed must be an integer, got ${seed}`);
  const rng = seedrandom.alea(`mlp-${seed}`);
  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    for (;;) {
      const u = 2 * rng() - 1;
      const v = 2 * rng() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const m = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * m;
        return u * m;
      }
    }
  };
  const he = (fanIn: number, fanOut: number) => {
    const std = Math.sqrt(2 / fanIn);
    return Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => std * normal()));
  };
  return { W1: he(inputSize, hiddenSize), b1: Array.from({ length: hiddenSize }, () => 0), W2: he(hiddenSize, classCount), b2: Array.from({ length: classCount }, () => 0) };
}

export function forward(params: MlpParams, X: Rows): ForwardCache {
  const f = flatten(params);
  const cache: ForwardCache = { z1: [], hidden: [], logits: [], probs: [] };
  for (const x of inputs(X, f.d)) {
    const r = rowPass(f, x);
    cache.z1.push(Array.from(r.z1));
    cache.hidden.push(Array.from(r.hidden));
    cache.logits.push(Array.from(r.logits));
    cache.probs.push(Array.from(r.logProbs, Math.exp));
  }
  return cache;
}

export function loss(params: MlpParams, X: Rows, y: Labels): number {
  const f = flatten(params);
  const rows = inputs(X, f.d);
  const labels = classes(y, rows.length, f.k);
  let total = 0;
  rows.forEach((x, i) => (total -= rowPass(f, x).logProbs[labels[i]!]!));
  return total / rows.length;
}

export function backward(params: MlpParams, X: Rows, y: Labels): MlpGradients {
  const f = flatten(params);
  const rows = inputs(X, f.d);
  const labels = classes(y, rows.length, f.k);
  const n = rows.length;
  const gW1 = new Float64Array(f.d * f.h);
  const gb1 = new Float64Array(f.h);
  const gW2 = new Float64Array(f.h * f.k);
  const gb2 = new Float64Array(f.k);
  const dz = new Float64Array(f.h);
  rows.forEach((x, r) => {
    const pass = rowPass(f, x);
    // This row's share of dL/dlogits: (softmax − onehot) / n.
    const dLogits = pass.logProbs.map((lp, c) => (Math.exp(lp) - (c === labels[r] ? 1 : 0)) / n);
    for (let c = 0; c < f.k; c++) gb2[c]! += dLogits[c]!;
    for (let j = 0; j < f.h; j++) {
      let back = 0;
      for (let c = 0; c < f.k; c++) {
        gW2[j * f.k + c]! += pass.hidden[j]! * dLogits[c]!;
        back += f.W2[j * f.k + c]! * dLogits[c]!;
      }
      dz[j] = pass.z1[j]! > 0 ? back : 0; // ReLU'(0) = 0
      gb1[j]! += dz[j]!;
    }
    for (let i = 0; i < f.d; i++) for (let j = 0; j < f.h; j++) gW1[i * f.h + j]! += x[i]! * dz[j]!;
  });
  const rowsOf = (data: Float64Array, columns: number) => Array.from({ length: data.length / columns }, (_, i) => Array.from(data.subarray(i * columns, (i + 1) * columns)));
  return { W1: rowsOf(gW1, f.h), b1: Array.from(gb1), W2: rowsOf(gW2, f.k), b2: Array.from(gb2) };
}

export function sgdStep(params: MlpParams, grads: MlpGradients, learningRate: number): MlpParams {
  if (typeof learningRate !== "number" || !Number.isFinite(learningRate) || learningRate <= 0) fail(RangeError, `learningRate must be a finite number > 0, got ${learningRate}`);
  const p = flatten(params);
  const g = flatten(grads, "grads");
  if (p.d !== g.d || p.h !== g.h || p.k !== g.k) fail(RangeError, "grads must have the shape of params");
  const step = (a: Float64Array, b: Float64Array) => a.map((v, i) => v - learningRate * b[i]!);
  const rowsOf = (data: Float64Array, columns: number) => Array.from({ length: data.length / columns }, (_, i) => Array.from(data.subarray(i * columns, (i + 1) * columns)));
  return { W1: rowsOf(step(p.W1, g.W1), p.h), b1: Array.from(step(p.b1, g.b1)), W2: rowsOf(step(p.W2, g.W2), p.k), b2: Array.from(step(p.b2, g.b2)) };
}
