/** Mistake: the loss is −log(probs[y]), which is Infinity once the true class's probability underflows to 0. */
import { network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward, sgdStep } = network({ logOfProbs: true });
