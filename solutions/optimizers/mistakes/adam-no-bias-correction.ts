/** Mistake: Adam uses m and v without the bias corrections 1 − β1ᵗ and 1 − β2ᵗ, so its first steps are about 3x too large. */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ noBiasCorrection: true });
