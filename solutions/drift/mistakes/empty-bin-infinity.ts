/** Mistake: no rule for empty bins: a proportion of 0 gives ln(0) and a PSI of Infinity (or NaN). */
import { psiWith } from "./lib/psi.ts";

export { ksTwoSample } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

export const populationStabilityIndex = psiWith({ emptyRule: (share) => share }); // BUG: 0 stays 0
