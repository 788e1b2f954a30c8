/** Mistake: Adam counts t from 0: the first step's bias corrections are 1 − β⁰ = 0, and the step is 0/0 = NaN. */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ tFromZero: true });
