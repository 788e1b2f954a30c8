/** Mistake: the momentum buffer starts at 0, so dampening shrinks the first step (torch's first buffer is the gradient itself). */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ dampedFirstStep: true });
