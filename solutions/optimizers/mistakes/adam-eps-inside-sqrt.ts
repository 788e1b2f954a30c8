/** Mistake: Adam divides by √(v̂ + ε) instead of √v̂ + ε, so ε = 1e-8 acts like 1e-4. */
import { optimizersWith } from "./lib/optim.ts";

export type { AdamOptions, AdamState, SgdOptions, SgdState, StepResult, Vector } from "./lib/optim.ts";
export const { sgdStep, adamStep, adamwStep } = optimizersWith({ epsInsideSqrt: true });
