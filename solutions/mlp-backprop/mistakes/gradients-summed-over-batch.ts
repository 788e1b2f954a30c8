/** Mistake: the gradients are summed over the batch instead of averaged (no 1/n), so the step grows with n. */
import { network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward, sgdStep } = network({ summed: true });
