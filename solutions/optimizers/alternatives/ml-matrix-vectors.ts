/**
 * Alternative: the same optimizers written numpy-style on ml-matrix row vectors (element-wise `add`, `mul`,
 * `div`, `sqrt`, `pow` on whole vectors instead of loops), and torch's own arrangement of Adam's arithmetic:
 * step_size = lr / (1 − β1ᵗ), denom = √v / √(1 − β2ᵗ) + ε, p ← p − step_size · m / denom. The same numbers up to
 * rounding.
 */
import { Matrix } from "ml-matrix";

export type Vector = ArrayLike<number>;

export interface SgdOptions {
  lr?: number;
  momentum?: number;
  dampening?: number;
  nesterov?: boolean;
  weightDecay?: number;
}

export interface SgdState {
  momentumBuffer: number[] | null;
}

export interface AdamOptions {
  lr?: number;
  betas?: readonly [number, number];
  eps?: number;
  weightDecay?: number;
}

export interface AdamState {
  step: number;
  m: number[];
  v: number[];
}

export interface StepResult<State> {
  params: number[];
  state: State;
}

function row(value: unknown, what: string, length?: number): Matrix {
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) throw new TypeError(`${what} must be an array of numbers`);
  const v = value as ArrayLike<unknown>;
  if (length === undefined && v.length === 0) throw new RangeError(`${what} is empty`);
  if (length !== undefined && v.length !== length) throw new RangeError(`${what}: length ${v.length} differs from params' ${length}`);
  const numbers = Array.from(v, (x, i) => {
    if (typeof x !== "number") throw new TypeError(`${what}[${i}] must be a number`);
    if (!Number.isFinite(x)) throw new RangeError(`${what}[${i}] must be finite`);
    return x;
  });
  return Matrix.rowVector(numbers);
}

const values = (m: Matrix): number[] => m.getRow(0);

function option(options: object, name: string, fallback: number, ok: (x: number) => boolean, rule: string): number {
  const x = (options as Record<string, unknown>)[name];
  if (x === undefined) return fallback;
  if (typeof x !== "number") throw new TypeError(`options.${name} must be a number`);
  if (!ok(x)) throw new RangeError(`options.${name} must be ${rule}, got ${x}`);
  return x;
}

const nonNegative = (x: number) => Number.isFinite(x) && x >= 0;

export function sgdStep(params: Vector, grads: Vector, state: SgdState | null, options: SgdOptions = {}): StepResult<SgdState> {
  const lr = option(options, "lr", 1e-3, nonNegative, ">= 0");
  const momentum = option(options, "momentum", 0, nonNegative, ">= 0");
  const dampening = option(options, "dampening", 0, (x) => x >= 0 && x <= 1, "in [0, 1]");
  const weightDecay = option(options, "weightDecay", 0, nonNegative, ">= 0");
  const nesterov = options.nesterov ?? false;
  if (typeof nesterov !== "boolean") throw new TypeError("options.nesterov must be a boolean");
  if (nesterov && (momentum <= 0 || dampening !== 0)) throw new RangeError("nesterov requires momentum > 0 and dampening = 0");
  const p = row(params, "params");
  const g = row(grads, "grads", p.columns).add(Matrix.mul(p, weightDecay));
  if (momentum === 0) return { params: values(Matrix.sub(p, Matrix.mul(g, lr))), state: { momentumBuffer: null } };
  const previous = state?.momentumBuffer ? row(state.momentumBuffer, "state.momentumBuffer", p.columns) : null;
  const buffer = previous === null ? g.clone() : previous.mul(momentum).add(Matrix.mul(g, 1 - dampening));
  const direction = nesterov ? Matrix.add(g, Matrix.mul(buffer, momentum)) : buffer;
  return { params: values(Matrix.sub(p, Matrix.mul(direction, lr))), state: { momentumBuffer: values(buffer) } };
}

function adamLike(params: Vector, grads: Vector, state: AdamState | null, options: AdamOptions, decoupled: boolean): StepResult<AdamState> {
  const lr = option(options, "lr", 1e-3, nonNegative, ">= 0");
  const eps = option(options, "eps", 1e-8, nonNegative, ">= 0");
  const weightDecay = option(options, "weightDecay", decoupled ? 0.01 : 0, nonNegative, ">= 0");
  const betas = options.betas ?? [0.9, 0.999];
  if (betas.length !== 2) throw new TypeError("options.betas must be [beta1, beta2]");
  const [beta1, beta2] = betas;
  if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) throw new RangeError("options.betas: every beta must lie in [0, 1)");
  let p = row(params, "params");
  const g = row(grads, "grads", p.columns);
  if (state !== null && state !== undefined && (!Number.isInteger(state.step) || state.step < 0)) throw new RangeError("state.step must be a non-negative integer");
  const m0 = state ? row(state.m, "state.m", p.columns) : Matrix.zeros(1, p.columns);
  const v0 = state ? row(state.v, "state.v", p.columns) : Matrix.zeros(1, p.columns);
  const t = (state?.step ?? 0) + 1;
  let gradient = g;
  if (weightDecay !== 0) {
    if (decoupled) p = Matrix.mul(p, 1 - lr * weightDecay);
    else gradient = Matrix.add(g, Matrix.mul(p, weightDecay));
  }
  const m = Matrix.mul(m0, beta1).add(Matrix.mul(gradient, 1 - beta1));
  const v = Matrix.mul(v0, beta2).add(Matrix.pow(gradient, 2).mul(1 - beta2));
  const stepSize = lr / (1 - beta1 ** t);
  const denominator = Matrix.sqrt(v).div(Math.sqrt(1 - beta2 ** t)).add(eps);
  return { params: values(Matrix.sub(p, Matrix.div(m, denominator).mul(stepSize))), state: { step: t, m: values(m), v: values(v) } };
}

export function adamStep(params: Vector, grads: Vector, state: AdamState | null, options: AdamOptions = {}): StepResult<AdamState> {
  return adamLike(params, grads, state, options, false);
}

export function adamwStep(params: Vector, grads: Vector, state: AdamState | null, options: AdamOptions = {}): StepResult<AdamState> {
  return adamLike(params, grads, state, options, true);
}
