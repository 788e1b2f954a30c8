/** Mistake: the PSI edges by nearest rank, sorted[floor(k n / bins)], instead of numpy's linear interpolation. */
import { psiWith } from "./lib/psi.ts";

export { ksTwoSample } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

export const populationStabilityIndex = psiWith({
  edges: (x, _y, bins) => Array.from({ length: bins - 1 }, (_, k) => x[Math.floor(((k + 1) * x.length) / bins)]!), // BUG
});
