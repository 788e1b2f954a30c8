/** Mistake: Kolmogorov's asymptotic p-value at every size, where scipy is exact up to 10,000 values. */
import { ksWith } from "./lib/ks.ts";
import { kolmogorovSurvival } from "./lib/parts.ts";

export { populationStabilityIndex } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

export const ksTwoSample = ksWith({
  pValue: (n, m, scaled) => ({ pValue: kolmogorovSurvival(Math.sqrt((n * m) / (n + m)) * (scaled / n / m)), method: "asymptotic" }), // BUG
});
