/** Mistake: the ReLU mask is on the wrong side of 0: the gradient flows where z < 0 and stops where z > 0. */
import { network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward, sgdStep } = network({ reluInverted: true });
