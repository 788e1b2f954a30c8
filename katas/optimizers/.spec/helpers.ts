/**
 * Helpers shared by the optimizers specs (not a spec file itself): the test functions and their gradients, a
 * loop that runs the candidate's step function, and an independent brute force of each optimizer written from the
 * papers' formulas (torch's documentation pseudocode). Nothing here uses the reference.
 */
import { abridge, expectAllClose, fail } from "../../../scripts/kit/index.ts";

export type Gradient = (x: number[]) => number[];

/** f = Σ xᵢ². */
export const squareGrad: Gradient = (x) => x.map((v) => 2 * v);
/** f = x₀² + 10 x₁² + 100 x₂² (condition number 100). */
export const illConditionedGrad: Gradient = (x) => [2 * x[0]!, 20 * x[1]!, 200 * x[2]!];
/** f = (1 − x)² + 100 (y − x²)². */
export const rosenbrock = ([x, y]: number[]) => (1 - x!) ** 2 + 100 * (y! - x! * x!) ** 2;
export const rosenbrockGrad: Gradient = ([x, y]) => [-2 * (1 - x!) - 400 * x! * (y! - x! * x!), 200 * (y! - x! * x!)];

export interface Stepped {
  params: unknown;
  state: unknown;
}

export type StepFunction = (params: number[], grads: number[], state: unknown) => Stepped;

/** Runs `steps` steps from x0, the gradient evaluated at the current point each time; returns the last point and state. */
export function run(step: StepFunction, gradient: Gradient, x0: number[], steps: number): { x: number[]; state: unknown } {
  let x = [...x0];
  let state: unknown = null;
  for (let t = 0; t < steps; t++) {
    const result = step(x, gradient(x), state);
    if (typeof result !== "object" || result === null || !("params" in result) || !("state" in result)) {
      fail(`step ${t + 1} should return { params, state }`, "{ params, state }", abridge(result));
    }
    const next = result.params;
    if ((!Array.isArray(next) && !ArrayBuffer.isView(next)) || (next as ArrayLike<number>).length !== x.length) {
      fail(`step ${t + 1} should return params of length ${x.length}`, `${x.length} numbers`, abridge(next));
    }
    x = Array.from(next as ArrayLike<number>);
    state = result.state;
  }
  return { x, state };
}

export function expectVector(actual: unknown, expected: number[], tolerance: number, what: string): void {
  expectAllClose(actual, expected, tolerance, what);
}

// ---- the brute force: torch's documented algorithms, one parameter at a time -------------------------------------

export interface SgdConfig {
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
}

export function bruteSgd(x0: number[], gradients: number[][], c: SgdConfig): number[][] {
  const path: number[][] = [];
  let x = [...x0];
  let b: number[] | undefined;
  for (const grad of gradients) {
    const g = grad.map((gi, i) => gi + c.weightDecay * x[i]!);
    let direction = g;
    if (c.momentum !== 0) {
      b = b === undefined ? [...g] : b.map((bi, i) => c.momentum * bi + (1 - c.dampening) * g[i]!);
      const buffer = b;
      direction = c.nesterov ? g.map((gi, i) => gi + c.momentum * buffer[i]!) : buffer;
    }
    x = x.map((xi, i) => xi - c.lr * direction[i]!);
    path.push(x);
  }
  return path;
}

export interface AdamConfig {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  decoupled: boolean;
}

/** Adam / AdamW; also returns the final (t, m, v). */
export function bruteAdam(x0: number[], gradients: number[][], c: AdamConfig, start?: { step: number; m: number[]; v: number[] }): { path: number[][]; step: number; m: number[]; v: number[] } {
  const path: number[][] = [];
  let x = [...x0];
  let m = start ? [...start.m] : x0.map(() => 0);
  let v = start ? [...start.v] : x0.map(() => 0);
  let t = start ? start.step : 0;
  for (const grad of gradients) {
    t += 1;
    const decayed = c.decoupled ? x.map((xi) => xi * (1 - c.lr * c.weightDecay)) : x;
    const g = c.decoupled ? grad : grad.map((gi, i) => gi + c.weightDecay * x[i]!);
    m = m.map((mi, i) => c.beta1 * mi + (1 - c.beta1) * g[i]!);
    v = v.map((vi, i) => c.beta2 * vi + (1 - c.beta2) * g[i]! * g[i]!);
    const mHat = m.map((mi) => mi / (1 - c.beta1 ** t));
    const vHat = v.map((vi) => vi / (1 - c.beta2 ** t));
    x = decayed.map((xi, i) => xi - (c.lr * mHat[i]!) / (Math.sqrt(vHat[i]!) + c.eps));
    path.push(x);
  }
  return { path, step: t, m, v };
}
