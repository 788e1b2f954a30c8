/** Mistake: sgdStep updates the caller's parameter arrays in place and returns them. */
import { network, type MlpGradients, type MlpParams } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward } = network({});

export function sgdStep(params: MlpParams, grads: MlpGradients, learningRate: number): MlpParams {
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new RangeError(`learningRate is ${learningRate}; it must be > 0`);
  for (const name of ["b1", "b2"] as const) {
    if (params[name].length !== grads[name].length) throw new RangeError(`grads.${name} has the wrong shape`);
    params[name].forEach((_, i) => (params[name][i]! -= learningRate * grads[name][i]!));
  }
  for (const name of ["W1", "W2"] as const) {
    if (params[name].length !== grads[name].length) throw new RangeError(`grads.${name} has the wrong shape`);
    params[name].forEach((row, i) => row.forEach((_, j) => (row[j]! -= learningRate * grads[name][i]![j]!)));
  }
  return params;
}
