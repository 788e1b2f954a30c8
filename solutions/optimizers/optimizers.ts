/**
 * Reference solution: SGD (with momentum, dampening, Nesterov and L2 weight decay), Adam and AdamW as pure step
 * functions with torch.optim's exact conventions. Plain loops over the vectors: every update is element-wise.
 *
 *   SGD       g = ∇ + λp;  b = g (first step) or μb + (1 − τ)g;  g = g + μb (Nesterov) or b;  p ← p − lr·g
 *   Adam      g = ∇ + λp;  t ← t + 1;  m = β1·m + (1 − β1)·g;  v = β2·v + (1 − β2)·g²
 *             m̂ = m / (1 − β1ᵗ);  v̂ = v / (1 − β2ᵗ);  p ← p − lr·m̂ / (√v̂ + ε)
 *   AdamW     p ← p·(1 − lr·λ) first, then the Adam update from ∇ alone (the decay never enters m or v)
 */

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

// ---------------------------------------------------------------------------------------------------- checks

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/** A validated copy of a vector argument (finite numbers). */
function vectorOf(value: unknown, what: string, length?: number): number[] {
  if (!isArrayLike(value)) throw new TypeError(`${what} must be an array or typed array of numbers`);
  if (length === undefined && value.length === 0) throw new RangeError(`${what} is empty: there is nothing to optimise`);
  if (length !== undefined && value.length !== length) throw new RangeError(`${what} has length ${value.length} but params has length ${length}`);
  return Array.from(value, (x, i) => {
    if (typeof x !== "number") throw new TypeError(`${what}[${i}] is ${typeof x}; it must be a number`);
    if (!Number.isFinite(x)) throw new RangeError(`${what}[${i}] is ${x}; it must be finite`);
    return x;
  });
}

function numberOption(options: object, name: string, fallback: number, valid: (x: number) => boolean, rule: string): number {
  const value = (options as Record<string, unknown>)[name];
  if (value === undefined) return fallback;
  if (typeof value !== "number") throw new TypeError(`options.${name} must be a number`);
  if (!valid(value)) throw new RangeError(`options.${name} is ${value}; it must be ${rule}`);
  return value;
}

function optionsObject<T extends object>(options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  return options;
}

const nonNegative = (x: number) => Number.isFinite(x) && x >= 0;

// ---------------------------------------------------------------------------------------------------- SGD

export function sgdStep(params: Vector, grads: Vector, state: SgdState | null, options?: SgdOptions): StepResult<SgdState> {
  const o = optionsObject(options);
  const lr = numberOption(o, "lr", 1e-3, nonNegative, "a finite number >= 0");
  const momentum = numberOption(o, "momentum", 0, nonNegative, "a finite number >= 0");
  const dampening = numberOption(o, "dampening", 0, (x) => x >= 0 && x <= 1, "in [0, 1]");
  const weightDecay = numberOption(o, "weightDecay", 0, nonNegative, "a finite number >= 0");
  if (o.nesterov !== undefined && typeof o.nesterov !== "boolean") throw new TypeError("options.nesterov must be a boolean");
  const nesterov = o.nesterov ?? false;
  if (nesterov && (momentum <= 0 || dampening !== 0)) throw new RangeError("nesterov momentum requires momentum > 0 and dampening 0 (as torch)");

  const p = vectorOf(params, "params");
  const g = vectorOf(grads, "grads", p.length);
  let buffer: number[] | null = null;
  if (state !== null && state !== undefined) {
    if (typeof state !== "object") throw new TypeError("state must be an SgdState object or null");
    if (state.momentumBuffer !== null && state.momentumBuffer !== undefined) buffer = vectorOf(state.momentumBuffer, "state.momentumBuffer", p.length);
  }

  for (let i = 0; i < p.length; i++) if (weightDecay !== 0) g[i] = g[i]! + weightDecay * p[i]!;
  if (momentum !== 0) {
    // torch: the buffer starts as the (decayed) gradient itself, undamped; dampening applies from step 2 on.
    buffer = buffer === null ? [...g] : buffer.map((b, i) => momentum * b + (1 - dampening) * g[i]!);
    for (let i = 0; i < p.length; i++) g[i] = nesterov ? g[i]! + momentum * buffer[i]! : buffer[i]!;
  }
  return { params: p.map((x, i) => x - lr * g[i]!), state: { momentumBuffer: momentum !== 0 ? buffer : null } };
}

// ---------------------------------------------------------------------------------------------------- Adam

interface AdamSettings {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}

function adamSettings(options: AdamOptions | undefined, defaultDecay: number): AdamSettings {
  const o = optionsObject(options);
  const lr = numberOption(o, "lr", 1e-3, nonNegative, "a finite number >= 0");
  const eps = numberOption(o, "eps", 1e-8, nonNegative, "a finite number >= 0");
  const weightDecay = numberOption(o, "weightDecay", defaultDecay, nonNegative, "a finite number >= 0");
  let beta1 = 0.9;
  let beta2 = 0.999;
  if (o.betas !== undefined) {
    if (!isArrayLike(o.betas) || o.betas.length !== 2) throw new TypeError("options.betas must be a pair [beta1, beta2]");
    [beta1, beta2] = [o.betas[0], o.betas[1]];
    for (const [name, beta] of [["beta1", beta1], ["beta2", beta2]] as const) {
      if (typeof beta !== "number") throw new TypeError(`options.betas: ${name} must be a number`);
      if (!(beta >= 0 && beta < 1)) throw new RangeError(`options.betas: ${name} is ${beta}; each beta must be in [0, 1)`);
    }
  }
  return { lr, beta1, beta2, eps, weightDecay };
}

function adamState(state: AdamState | null, length: number): AdamState {
  if (state === null || state === undefined) return { step: 0, m: new Array<number>(length).fill(0), v: new Array<number>(length).fill(0) };
  if (typeof state !== "object") throw new TypeError("state must be an AdamState object or null");
  if (typeof state.step !== "number" || !Number.isInteger(state.step) || state.step < 0) throw new RangeError(`state.step is ${String(state.step)}; it must be an integer >= 0`);
  const m = vectorOf(state.m, "state.m", length);
  const v = vectorOf(state.v, "state.v", length);
  if (v.some((x) => x < 0)) throw new RangeError("state.v holds a negative value: a second moment is never negative");
  return { step: state.step, m, v };
}

/** The shared Adam update; `decoupled` is AdamW's p·(1 − lr·λ) instead of λ·p in the gradient. */
function adamUpdate(params: Vector, grads: Vector, previous: AdamState | null, s: AdamSettings, decoupled: boolean): StepResult<AdamState> {
  const p = vectorOf(params, "params");
  const g = vectorOf(grads, "grads", p.length);
  const { m, v, step } = adamState(previous, p.length);
  const t = step + 1; // t counts from 1: the bias corrections below are never 1 − β⁰ = 0
  const correction1 = 1 - s.beta1 ** t;
  const correction2 = 1 - s.beta2 ** t;
  const next = p.map((x, i) => {
    let gi = g[i]!;
    let xi = x;
    if (s.weightDecay !== 0) {
      if (decoupled) xi = x * (1 - s.lr * s.weightDecay); // AdamW: shrink the weight, outside the moments
      else gi += s.weightDecay * x; // Adam: L2 in the gradient, then rescaled by 1/√v̂ like everything else
    }
    m[i] = s.beta1 * m[i]! + (1 - s.beta1) * gi;
    v[i] = s.beta2 * v[i]! + (1 - s.beta2) * gi * gi;
    const mHat = m[i]! / correction1;
    const vHat = v[i]! / correction2;
    return xi - (s.lr * mHat) / (Math.sqrt(vHat) + s.eps); // ε outside the root, as torch
  });
  return { params: next, state: { step: t, m, v } };
}

export function adamStep(params: Vector, grads: Vector, state: AdamState | null, options?: AdamOptions): StepResult<AdamState> {
  return adamUpdate(params, grads, state, adamSettings(options, 0), false);
}

export function adamwStep(params: Vector, grads: Vector, state: AdamState | null, options?: AdamOptions): StepResult<AdamState> {
  return adamUpdate(params, grads, state, adamSettings(options, 0.01), true);
}
