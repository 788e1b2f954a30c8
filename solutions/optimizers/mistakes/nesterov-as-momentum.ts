/** Mistake: Nesterov steps along the buffer b like plain momentum, instead of along g + μ·b. */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ nesterovAsMomentum: true });
