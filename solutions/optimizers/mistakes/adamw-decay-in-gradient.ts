/** Mistake: AdamW adds λ·p to the gradient (that is Adam with L2, which Adam's scaling almost cancels) instead of decaying the weights. */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ decayInGradient: true });
