/**
 * Reference solution: a two-layer perceptron (ReLU hidden layer, softmax cross-entropy output) with
 * backpropagation, on ml-matrix.
 *
 *   z1 = X·W1 + b1      (n × h)        dlogits = (probs − onehot(y)) / n         (n × k)
 *   hidden = relu(z1)                   dW2 = hiddenᵀ·dlogits,  db2 = Σ_rows dlogits
 *   logits = hidden·W2 + b2  (n × k)    dz1 = (dlogits·W2ᵀ) ⊙ [z1 > 0]
 *   probs = softmax(logits) per row     dW1 = Xᵀ·dz1,           db1 = Σ_rows dz1
 *
 * The whole trick of the output layer is that softmax and cross-entropy together have the gradient
 * probs − onehot: no Jacobian of the softmax is ever built. The 1/n comes from the loss being a mean, and the
 * bias gradients sum over the batch (the rows), because every row used the same bias.
 */
import { Matrix } from "ml-matrix";
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

/** The network's sizes, read from validated parameters. */
export interface Shape {
  inputs: number;
  hidden: number;
  classes: number;
}

// ---------------------------------------------------------------------------------------------------- checks

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function checkVector(value: unknown, length: number, what: string): void {
  if (!isArrayLike(value)) throw new TypeError(`${what} must be an array of numbers`);
  if (value.length !== length) throw new RangeError(`${what} has shape ${value.length}, expected ${length}`);
  for (let i = 0; i < length; i++) {
    const x = value[i];
    if (typeof x !== "number") throw new TypeError(`${what}[${i}] is ${typeof x}; parameters must be numbers`);
    if (!Number.isFinite(x)) throw new RangeError(`${what}[${i}] is ${x}; parameters must be finite`);
  }
}

function checkMatrix(value: unknown, rows: number | undefined, what: string): { rows: number; columns: number } {
  if (!Array.isArray(value)) throw new TypeError(`${what} must be an array of rows`);
  if (value.length === 0) throw new RangeError(`${what} is empty: its shape must be at least 1 × 1`);
  if (rows !== undefined && value.length !== rows) throw new RangeError(`${what} has ${value.length} rows, expected ${rows} (shape mismatch)`);
  const first: unknown = value[0];
  if (!isArrayLike(first)) throw new TypeError(`${what}[0] must be an array of numbers`);
  const columns = first.length;
  if (columns === 0) throw new RangeError(`${what} has rows of length 0: its shape must be at least 1 × 1`);
  value.forEach((row: unknown, i) => checkVector(row, columns, `${what}[${i}]`));
  return { rows: value.length, columns };
}

/** Validates the parameters' shapes (d × h, h, h × k, k with k >= 2) and values; returns the sizes. */
export function checkParams(params: unknown, what = "params"): Shape {
  if (typeof params !== "object" || params === null) throw new TypeError(`${what} must be an object { W1, b1, W2, b2 }`);
  const p = params as Record<string, unknown>;
  const first = checkMatrix(p.W1, undefined, `${what}.W1`);
  checkVector(p.b1, first.columns, `${what}.b1`);
  const second = checkMatrix(p.W2, first.columns, `${what}.W2`);
  checkVector(p.b2, second.columns, `${what}.b2`);
  if (second.columns < 2) throw new RangeError(`${what}.W2 has shape ${second.rows} × ${second.columns}: the network needs at least 2 classes`);
  return { inputs: first.rows, hidden: first.columns, classes: second.columns };
}

/** X as an n × d Matrix (a copy: the caller's rows are never touched). */
function inputMatrix(X: unknown, inputs: number): Matrix {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows");
  if (X.length === 0) throw new RangeError("X is empty: it needs at least one row");
  const matrix = new Matrix(X.length, inputs);
  X.forEach((row: unknown, i) => {
    if (!isArrayLike(row)) throw new TypeError(`X[${i}] must be an array or typed array of numbers`);
    if (row.length !== inputs) throw new RangeError(`X[${i}] has ${row.length} features but W1 has ${inputs} rows (shape mismatch)`);
    for (let j = 0; j < inputs; j++) {
      const x = row[j];
      if (typeof x !== "number") throw new TypeError(`X[${i}][${j}] is ${typeof x}; features must be numbers`);
      if (!Number.isFinite(x)) throw new RangeError(`X[${i}][${j}] is ${x}; features must be finite`);
      matrix.set(i, j, x);
    }
  });
  return matrix;
}

function checkLabels(y: unknown, n: number, classes: number): number[] {
  if (!isArrayLike(y)) throw new TypeError("y must be an array or typed array of class indices");
  if (y.length !== n) throw new RangeError(`y has length ${y.length} but X has ${n} rows`);
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = y[i];
    if (typeof label !== "number") throw new TypeError(`y[${i}] is ${typeof label}; labels must be class indices`);
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new RangeError(`y[${i}] is ${label}; each label must be an integer class index in [0, ${classes})`);
    }
    labels.push(label);
  }
  return labels;
}

function checkPositiveInteger(value: unknown, what: string, minimum = 1): number {
  if (typeof value !== "number") throw new TypeError(`${what} must be a number`);
  if (!Number.isInteger(value) || value < minimum) throw new RangeError(`${what} is ${value}; it must be an integer >= ${minimum}`);
  return value;
}

// ---------------------------------------------------------------------------------------------------- model

/** A standard normal draw by Box-Muller (1 − u keeps log away from 0). */
function standardNormal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** fanIn × fanOut draws from N(0, 2 / fanIn), row by row: He (Kaiming) normal, torch's mode="fan_in". */
function heNormal(rng: () => number, fanIn: number, fanOut: number): number[][] {
  const std = Math.sqrt(2 / fanIn);
  return Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => std * standardNormal(rng)));
}

export function initParams(inputSize: number, hiddenSize: number, classes: number, seed: number): MlpParams {
  checkPositiveInteger(inputSize, "inputSize");
  checkPositiveInteger(hiddenSize, "hiddenSize");
  checkPositiveInteger(classes, "classes", 2);
  if (typeof seed !== "number" || !Number.isInteger(seed)) throw new RangeError(`seed is ${String(seed)}; it must be an integer`);
  const rng = seedrandom(String(seed));
  // Variance 2/fan_in keeps the activations' scale constant through ReLU layers (which zero half the inputs).
  return {
    W1: heNormal(rng, inputSize, hiddenSize),
    b1: new Array<number>(hiddenSize).fill(0),
    W2: heNormal(rng, hiddenSize, classes),
    b2: new Array<number>(classes).fill(0),
  };
}

/** Row-wise softmax, stable: subtracting each row's maximum makes the largest exponent e⁰ = 1. */
function softmaxRows(logits: Matrix): Matrix {
  const shifted = logits.clone().subColumnVector(logits.max("row"));
  const e = shifted.exp();
  return e.divColumnVector(e.sum("row"));
}

interface Pass {
  x: Matrix;
  z1: Matrix;
  hidden: Matrix;
  logits: Matrix;
  probs: Matrix;
}

function run(params: MlpParams, X: Rows): Pass {
  const shape = checkParams(params);
  const x = inputMatrix(X, shape.inputs);
  const z1 = x.mmul(new Matrix(params.W1)).addRowVector(params.b1);
  const hidden = z1.clone();
  for (let i = 0; i < hidden.rows; i++) for (let j = 0; j < hidden.columns; j++) if (!(hidden.get(i, j) > 0)) hidden.set(i, j, 0);
  const logits = hidden.mmul(new Matrix(params.W2)).addRowVector(params.b2);
  return { x, z1, hidden, logits, probs: softmaxRows(logits) };
}

export function forward(params: MlpParams, X: Rows): ForwardCache {
  const pass = run(params, X);
  return { z1: pass.z1.to2DArray(), hidden: pass.hidden.to2DArray(), logits: pass.logits.to2DArray(), probs: pass.probs.to2DArray() };
}

export function loss(params: MlpParams, X: Rows, y: Labels): number {
  const pass = run(params, X);
  const labels = checkLabels(y, pass.x.rows, pass.logits.columns);
  // −log softmax(l)[y] = logsumexp(l) − l[y], with logsumexp(l) = m + log Σ exp(l − m): never log(0).
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const row = pass.logits.getRow(i);
    const m = Math.max(...row);
    let sum = 0;
    for (const l of row) sum += Math.exp(l - m);
    total += m + Math.log(sum) - row[labels[i]!]!;
  }
  return total / labels.length;
}

export function backward(params: MlpParams, X: Rows, y: Labels): MlpGradients {
  const pass = run(params, X);
  const n = pass.x.rows;
  const labels = checkLabels(y, n, pass.logits.columns);
  // Softmax + cross-entropy: dL/dlogits = (probs − onehot) / n, the mean over the batch.
  const dLogits = pass.probs.clone();
  labels.forEach((label, i) => dLogits.set(i, label, dLogits.get(i, label) - 1));
  dLogits.div(n);
  const dW2 = pass.hidden.transpose().mmul(dLogits);
  const db2 = dLogits.sum("column"); // ml-matrix: one sum per column, i.e. over the rows (the batch)
  const dz1 = dLogits.mmul(new Matrix(params.W2).transpose());
  // ReLU'(z) is 1 for z > 0 and 0 otherwise, including at z = 0 (torch's convention).
  for (let i = 0; i < n; i++) for (let j = 0; j < dz1.columns; j++) if (!(pass.z1.get(i, j) > 0)) dz1.set(i, j, 0);
  const dW1 = pass.x.transpose().mmul(dz1);
  const db1 = dz1.sum("column");
  return { W1: dW1.to2DArray(), b1: db1, W2: dW2.to2DArray(), b2: db2 };
}

function sameShape(params: MlpParams, grads: unknown): void {
  const shape = checkParams(params);
  const g = checkParams(grads, "grads");
  if (g.inputs !== shape.inputs || g.hidden !== shape.hidden || g.classes !== shape.classes) {
    throw new RangeError(
      `grads have shape ${g.inputs} → ${g.hidden} → ${g.classes} but params ${shape.inputs} → ${shape.hidden} → ${shape.classes}`,
    );
  }
}

export function sgdStep(params: MlpParams, grads: MlpGradients, learningRate: number): MlpParams {
  if (typeof learningRate !== "number") throw new TypeError("learningRate must be a number");
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new RangeError(`learningRate is ${learningRate}; it must be a finite number > 0`);
  sameShape(params, grads);
  // New arrays: the caller keeps the old parameters and the gradients as they were.
  const vector = (p: number[], g: number[]) => p.map((value, i) => value - learningRate * g[i]!);
  const matrix = (p: number[][], g: number[][]) => p.map((row, i) => vector(row, g[i]!));
  return { W1: matrix(params.W1, grads.W1), b1: vector(params.b1, grads.b1), W2: matrix(params.W2, grads.W2), b2: vector(params.b2, grads.b2) };
}
