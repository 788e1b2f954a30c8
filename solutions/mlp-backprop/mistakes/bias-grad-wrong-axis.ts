/** Mistake: the bias gradients sum over the wrong axis (ml-matrix's sum("row")): one value per row, length n. */
import { network } from "./lib/network.ts";

export type { ForwardCache, Labels, MlpGradients, MlpParams, Rows } from "./lib/network.ts";
export const { initParams, forward, loss, backward, sgdStep } = network({ biasPerRow: true });
