/** Mistake: the output gradient is probs / n: the one-hot of the true class is never subtracted. */
import { network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward, sgdStep } = network({ noOneHot: true });
