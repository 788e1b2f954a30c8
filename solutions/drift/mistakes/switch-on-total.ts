/** Mistake: the exact/asymptotic switch on n + m <= 10,000 instead of scipy's max(n, m) <= 10,000. */
import { ksWith } from "./lib/ks.ts";
import { exactPValue, kolmogorovSurvival } from "./lib/parts.ts";

export { populationStabilityIndex } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

export const ksTwoSample = ksWith({
  pValue: (n, m, scaled) =>
    n + m <= 10_000 // BUG: scipy's rule is max(n, m) <= 10,000
      ? { pValue: exactPValue(n, m, scaled), method: "exact" }
      : { pValue: kolmogorovSurvival(Math.sqrt((n * m) / (n + m)) * (scaled / n / m)), method: "asymptotic" },
});
