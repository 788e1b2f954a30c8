/** Mistake: AdamW decays the weights by p·(1 − λ) instead of p·(1 − lr·λ). */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ decayWithoutLr: true });
