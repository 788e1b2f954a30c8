/** Mistake: the ReLU mask is z >= 0, so ReLU'(0) = 1 (torch and the kata use 0). */
import { network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward, sgdStep } = network({ reluAtZero: true });
