/** Mistake: the PSI bins are cut at the current sample's quantiles instead of the reference's. */
import { psiWith } from "./lib/psi.ts";
import { quantileEdge } from "./lib/parts.ts";

export { ksTwoSample } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

export const populationStabilityIndex = psiWith({
  edges: (_x, y, bins) => Array.from({ length: bins - 1 }, (_, k) => quantileEdge(y, k + 1, bins)), // BUG: y, not x
});
