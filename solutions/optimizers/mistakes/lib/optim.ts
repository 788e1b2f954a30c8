/**
 * Shared code of the optimizers mistakes: SGD, Adam and AdamW with one switch per bug, so that each mistake file
 * differs from a correct solution in exactly one place. Validation is a short copy of the reference's rules.
 */
import type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "../../optimizers.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector };

export interface Bugs {
  /** m and v used without dividing by 1 − βᵗ. */
  noBiasCorrection?: boolean;
  /** The bias corrections use the step count before it is incremented (t from 0). */
  tFromZero?: boolean;
  /** √(v̂ + ε) instead of √v̂ + ε. */
  epsInsideSqrt?: boolean;
  /** v = β2·v + (1 − β2)·g instead of g². */
  vWithG?: boolean;
  /** AdamW adds λ·p to the gradient (that is Adam with L2). */
  decayInGradient?: boolean;
  /** AdamW decays p·(1 − λ) instead of p·(1 − lr·λ). */
  decayWithoutLr?: boolean;
  /** Momentum as an average: b = μ·b + (1 − μ)·g. */
  momentumAverage?: boolean;
  /** The buffer starts at 0, so the first step is damped: b = (1 − τ)·g. */
  dampedFirstStep?: boolean;
  /** Nesterov steps along the buffer, like plain momentum. */
  nesterovAsMomentum?: boolean;
  /** Writes the new values into the caller's params and state arrays. */
  inPlace?: boolean;
}

function vector(value: Vector, what: string, length?: number): number[] {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) throw new TypeError(`${what} must be an array`);
  if (length === undefined && value.length === 0) throw new RangeError(`${what} is empty`);
  if (length !== undefined && value.length !== length) throw new RangeError(`${what} has the wrong length`);
  return Array.from(value, (x) => {
    if (!Number.isFinite(x)) throw new RangeError(`${what} must hold finite numbers`);
    return x;
  });
}

function check(value: number | undefined, fallback: number, name: string, ok: (x: number) => boolean): number {
  if (value === undefined) return fallback;
  if (!ok(value)) throw new RangeError(`options.${name} is out of range`);
  return value;
}

const nonNegative = (x: number) => Number.isFinite(x) && x >= 0;

function writeBack(target: Vector, values: number[]): void {
  const array = target as unknown as number[];
  values.forEach((x, i) => (array[i] = x));
}

export function optimizersWith(bugs: Bugs) {
  function sgdStep(params: Vector, grads: Vector, state: SgdState | null, options: SgdOptions = {}): StepResult<SgdState> {
    const lr = check(options.lr, 1e-3, "lr", nonNegative);
    const momentum = check(options.momentum, 0, "momentum", nonNegative);
    const dampening = check(options.dampening, 0, "dampening", (x) => x >= 0 && x <= 1);
    const weightDecay = check(options.weightDecay, 0, "weightDecay", nonNegative);
    const nesterov = options.nesterov ?? false;
    if (nesterov && (momentum <= 0 || dampening !== 0)) throw new RangeError("nesterov needs momentum > 0 and dampening 0");
    const p = vector(params, "params");
    const g = vector(grads, "grads", p.length).map((gi, i) => gi + weightDecay * p[i]!);
    let buffer = state?.momentumBuffer ? vector(state.momentumBuffer, "state.momentumBuffer", p.length) : null;
    let direction = g;
    if (momentum !== 0) {
      const keep = bugs.momentumAverage ? 1 - momentum : 1 - dampening;
      if (buffer === null) buffer = bugs.dampedFirstStep || bugs.momentumAverage ? g.map((gi) => keep * gi) : [...g];
      else buffer = buffer.map((b, i) => momentum * b + keep * g[i]!);
      const b = buffer;
      direction = nesterov && !bugs.nesterovAsMomentum ? g.map((gi, i) => gi + momentum * b[i]!) : b;
    }
    const next = p.map((x, i) => x - lr * direction[i]!);
    if (bugs.inPlace) {
      writeBack(params, next);
      if (state?.momentumBuffer && buffer) writeBack(state.momentumBuffer, buffer);
    }
    return { params: bugs.inPlace && Array.isArray(params) ? (params as number[]) : next, state: { momentumBuffer: momentum !== 0 ? buffer : null } };
  }

  function update(params: Vector, grads: Vector, state: AdamState | null, options: AdamOptions, defaultDecay: number, decoupled: boolean): StepResult<AdamState> {
    const lr = check(options.lr, 1e-3, "lr", nonNegative);
    const eps = check(options.eps, 1e-8, "eps", nonNegative);
    const weightDecay = check(options.weightDecay, defaultDecay, "weightDecay", nonNegative);
    const [beta1, beta2] = options.betas ?? [0.9, 0.999];
    if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) throw new RangeError("options.betas: each beta must be in [0, 1)");
    const p = vector(params, "params");
    const g = vector(grads, "grads", p.length);
    if (state && (!Number.isInteger(state.step) || state.step < 0)) throw new RangeError("state.step must be an integer >= 0");
    const m = state ? vector(state.m, "state.m", p.length) : p.map(() => 0);
    const v = state ? vector(state.v, "state.v", p.length) : p.map(() => 0);
    const previous = state ? state.step : 0;
    const t = previous + 1;
    const exponent = bugs.tFromZero ? previous : t;
    const correction1 = bugs.noBiasCorrection ? 1 : 1 - beta1 ** exponent;
    const correction2 = bugs.noBiasCorrection ? 1 : 1 - beta2 ** exponent;
    const next = p.map((x, i) => {
      let gi = g[i]!;
      let xi = x;
      if (weightDecay !== 0) {
        if (decoupled && !bugs.decayInGradient) xi = x * (1 - (bugs.decayWithoutLr ? 1 : lr) * weightDecay);
        else gi += weightDecay * x;
      }
      m[i] = beta1 * m[i]! + (1 - beta1) * gi;
      v[i] = beta2 * v[i]! + (1 - beta2) * (bugs.vWithG ? gi : gi * gi);
      const mHat = m[i]! / correction1;
      const vHat = v[i]! / correction2;
      const denominator = bugs.epsInsideSqrt ? Math.sqrt(vHat + eps) : Math.sqrt(vHat) + eps;
      return xi - (lr * mHat) / denominator;
    });
    if (bugs.inPlace) {
      writeBack(params, next);
      if (state) {
        writeBack(state.m, m);
        writeBack(state.v, v);
      }
    }
    return { params: bugs.inPlace && Array.isArray(params) ? (params as number[]) : next, state: { step: t, m, v } };
  }

  return {
    sgdStep,
    adamStep: (params: Vector, grads: Vector, state: AdamState | null, options: AdamOptions = {}) => update(params, grads, state, options, 0, false),
    adamwStep: (params: Vector, grads: Vector, state: AdamState | null, options: AdamOptions = {}) => update(params, grads, state, options, 0.01, true),
  };
}
