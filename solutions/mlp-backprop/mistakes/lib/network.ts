/**
 * Shared code of the mlp-backprop mistakes: the reference's network on ml-matrix with one switch per bug, so that
 * each mistake file differs from a correct solution in exactly one place.
 */
import { Matrix } from "ml-matrix";
import seedrandom from "seedrandom";
import { checkParams, initParams as referenceInit, sgdStep as referenceStep, type ForwardCache, type Labels, type MlpGradients, type MlpParams, type Rows } from "../../mlp-backprop.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows };

export interface Bugs {
  /** ReLU'(z) taken as 1 for z >= 0 (ReLU'(0) = 1). */
  reluAtZero?: boolean;
  /** The ReLU mask on the wrong side: the gradient passes where z < 0. */
  reluInverted?: boolean;
  /** dlogits = probs / n: the one-hot is never subtracted. */
  noOneHot?: boolean;
  /** dlogits = probs − onehot, not divided by n. */
  summed?: boolean;
  /** Bias gradients with ml-matrix's sum("row"): one value per row of the batch. */
  biasPerRow?: boolean;
  /** softmax as exp(l) / Σ exp(l), without subtracting the row maximum; loss as −log of it. */
  unstableSoftmax?: boolean;
  /** A stable softmax, but the loss as −log(probs[y]): −log(0) = Infinity once a probability underflows. */
  logOfProbs?: boolean;
}

function inputMatrix(X: Rows, inputs: number): Matrix {
  if (!Array.isArray(X)) throw new TypeError("X must be an array of rows");
  if (X.length === 0) throw new RangeError("X is empty");
  const m = new Matrix(X.length, inputs);
  X.forEach((row, i) => {
    if (row.length !== inputs) throw new RangeError(`X[${i}] has ${row.length} features, W1 has ${inputs} rows (shape mismatch)`);
    for (let j = 0; j < inputs; j++) {
      if (!Number.isFinite(row[j])) throw new RangeError(`X[${i}][${j}] must be finite`);
      m.set(i, j, row[j]!);
    }
  });
  return m;
}

function labelsOf(y: Labels, n: number, k: number): number[] {
  if (y.length !== n) throw new RangeError(`y has length ${y.length}, X has ${n} rows`);
  return Array.from(y, (label) => {
    if (!Number.isInteger(label) || label < 0 || label >= k) throw new RangeError(`label ${label} is not a class index in [0, ${k})`);
    return label;
  });
}

export function network(bugs: Bugs) {
  function run(params: MlpParams, X: Rows) {
    const shape = checkParams(params);
    const x = inputMatrix(X, shape.inputs);
    const z1 = x.mmul(new Matrix(params.W1)).addRowVector(params.b1);
    const hidden = z1.clone();
    for (let i = 0; i < hidden.rows; i++) for (let j = 0; j < hidden.columns; j++) if (!(hidden.get(i, j) > 0)) hidden.set(i, j, 0);
    const logits = hidden.mmul(new Matrix(params.W2)).addRowVector(params.b2);
    const shifted = bugs.unstableSoftmax ? logits.clone() : logits.clone().subColumnVector(logits.max("row"));
    const e = shifted.exp();
    const probs = e.divColumnVector(e.sum("row"));
    return { x, z1, hidden, logits, probs };
  }

  function forward(params: MlpParams, X: Rows): ForwardCache {
    const p = run(params, X);
    return { z1: p.z1.to2DArray(), hidden: p.hidden.to2DArray(), logits: p.logits.to2DArray(), probs: p.probs.to2DArray() };
  }

  function loss(params: MlpParams, X: Rows, y: Labels): number {
    const p = run(params, X);
    const labels = labelsOf(y, p.x.rows, p.logits.columns);
    let total = 0;
    labels.forEach((label, i) => {
      if (bugs.unstableSoftmax || bugs.logOfProbs) {
        total -= Math.log(p.probs.get(i, label));
      } else {
        const row = p.logits.getRow(i);
        const m = Math.max(...row);
        total += m + Math.log(row.reduce((s, l) => s + Math.exp(l - m), 0)) - row[label]!;
      }
    });
    return total / labels.length;
  }

  function backward(params: MlpParams, X: Rows, y: Labels): MlpGradients {
    const p = run(params, X);
    const n = p.x.rows;
    const labels = labelsOf(y, n, p.logits.columns);
    const dLogits = p.probs.clone();
    if (!bugs.noOneHot) labels.forEach((label, i) => dLogits.set(i, label, dLogits.get(i, label) - 1));
    if (!bugs.summed) dLogits.div(n);
    const dW2 = p.hidden.transpose().mmul(dLogits);
    const db2 = bugs.biasPerRow ? dLogits.sum("row") : dLogits.sum("column");
    const dz1 = dLogits.mmul(new Matrix(params.W2).transpose());
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < dz1.columns; j++) {
        const z = p.z1.get(i, j);
        const passes = bugs.reluInverted ? z < 0 : bugs.reluAtZero ? z >= 0 : z > 0;
        if (!passes) dz1.set(i, j, 0);
      }
    }
    const dW1 = p.x.transpose().mmul(dz1);
    const db1 = bugs.biasPerRow ? dz1.sum("row") : dz1.sum("column");
    return { W1: dW1.to2DArray(), b1: db1, W2: dW2.to2DArray(), b2: db2 };
  }

  return { initParams: referenceInit, forward, loss, backward, sgdStep: referenceStep };
}

/** He-shaped initialisation with another variance: std = sqrt(variance(fanIn, fanOut)). */
export function initWithVariance(variance: (fanIn: number, fanOut: number) => number) {
  return (inputSize: number, hiddenSize: number, classes: number, seed: number): MlpParams => {
    referenceInit(inputSize, hiddenSize, classes, seed); // the same argument checks
    const rng = seedrandom(String(seed));
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const draw = (fanIn: number, fanOut: number) => {
      const std = Math.sqrt(variance(fanIn, fanOut));
      return Array.from({ length: fanIn }, () => Array.from({ length: fanOut }, () => std * normal()));
    };
    return { W1: draw(inputSize, hiddenSize), b1: new Array<number>(hiddenSize).fill(0), W2: draw(hiddenSize, classes), b2: new Array<number>(classes).fill(0) };
  };
}
