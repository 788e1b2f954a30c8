/**
 * Kata: SGD (with momentum), Adam and AdamW as step functions. Read README.md in this folder first.
 *
 * Implement the three functions below, then run `npm run grade -- optimizers`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 *
 * Each function takes the current parameters, their gradient, the optimizer's state from the previous step
 * (null before the first step) and the options, and returns the new parameters and the new state, like one
 * `opt.step()` of torch.optim. Inputs are never modified. Plain loops over the arrays are all you need
 * (ml-matrix would only add overhead on vectors).
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** A vector of finite numbers: a plain array or a typed array. Never modified. */
export type Vector = ArrayLike<number>;

export interface SgdOptions {
  /** Learning rate, >= 0. Default 1e-3 (torch's). */
  lr?: number;
  /** Momentum factor μ >= 0. Default 0 (plain SGD: no buffer). */
  momentum?: number;
  /** Dampening τ in [0, 1] of the gradient added to the buffer. Default 0. */
  dampening?: number;
  /** Nesterov momentum (needs momentum > 0 and dampening 0). Default false. */
  nesterov?: boolean;
  /** L2 penalty λ >= 0, added to the gradient: g + λ·p. Default 0. */
  weightDecay?: number;
}

export interface SgdState {
  /** The momentum buffer b (null until the first step with momentum > 0). */
  momentumBuffer: number[] | null;
}

export interface AdamOptions {
  /** Learning rate, >= 0. Default 1e-3. */
  lr?: number;
  /** (β1, β2), each in [0, 1). Default [0.9, 0.999]. */
  betas?: readonly [number, number];
  /** ε >= 0, added to √v̂ (outside the square root). Default 1e-8. */
  eps?: number;
  /** Weight decay λ >= 0: an L2 term in the gradient for Adam (default 0), decoupled for AdamW (default 0.01). */
  weightDecay?: number;
}

export interface AdamState {
  /** Steps taken so far, t: 1 after the first step. */
  step: number;
  /** First-moment estimate m (exp_avg in torch). */
  m: number[];
  /** Second-moment estimate v (exp_avg_sq in torch). */
  v: number[];
}

export interface StepResult<State> {
  params: number[];
  state: State;
}

/**
 * One step of torch.optim.SGD: g = grad + λ·p; with momentum, b = g on the first step and b = μ·b + (1 − τ)·g
 * afterwards, then g = g + μ·b (Nesterov) or g = b; finally p − lr·g.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function sgdStep(params: Vector, grads: Vector, state: SgdState | null, options?: SgdOptions): StepResult<SgdState> {
  throw new NotImplementedError("sgdStep");
}

/**
 * One step of torch.optim.Adam (bias-corrected, ε outside the square root, t counted from 1; weightDecay adds
 * λ·p to the gradient).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function adamStep(params: Vector, grads: Vector, state: AdamState | null, options?: AdamOptions): StepResult<AdamState> {
  throw new NotImplementedError("adamStep");
}

/**
 * One step of torch.optim.AdamW: p ← p·(1 − lr·λ) first (decoupled weight decay, default λ = 0.01), then the Adam
 * update from the gradient alone.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function adamwStep(params: Vector, grads: Vector, state: AdamState | null, options?: AdamOptions): StepResult<AdamState> {
  throw new NotImplementedError("adamwStep");
}
