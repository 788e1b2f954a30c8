/** Mistake: SGD momentum is an average b = μ·b + (1 − μ)·g, not torch's b = μ·b + (1 − dampening)·g. */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ momentumAverage: true });
