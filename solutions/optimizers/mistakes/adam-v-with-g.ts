/** Mistake: Adam's second moment is updated with g instead of g², so v can go negative and √v is NaN. */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ vWithG: true });
