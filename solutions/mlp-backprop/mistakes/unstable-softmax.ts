/** Mistake: the softmax exponentiates the raw logits without subtracting the row maximum: NaN once a logit passes ~709. */
import { network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward, sgdStep } = network({ unstableSoftmax: true });
