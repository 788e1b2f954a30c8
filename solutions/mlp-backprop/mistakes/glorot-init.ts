/** Mistake: initialises with Glorot's variance 2 / (fan_in + fan_out) instead of He's 2 / fan_in. */
import { initWithVariance, network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { forward, loss, backward, sgdStep } = network({});
export const initParams = initWithVariance((fanIn, fanOut) => 2 / (fanIn + fanOut));
