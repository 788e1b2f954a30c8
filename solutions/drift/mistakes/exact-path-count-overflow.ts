/** Mistake: the exact p-value counts lattice paths in plain doubles, which overflow past C(1030, 515) (NaN or Infinity). */
import { ksWith, referencePValue } from "./lib/ks.ts";

export { populationStabilityIndex } from "../drift.ts";
export type { KsResult, PsiOptions, PsiResult } from "../drift.ts";

function countedPValue(n: number, m: number, scaled: number): number {
  if (scaled === 0) return 1;
  let row = new Float64Array(m + 1);
  for (let i = 0; i <= n; i++) {
    const next = new Float64Array(m + 1);
    for (let j = 0; j <= m; j++) {
      if (Math.abs(i * m - j * n) >= scaled) continue;
      next[j] = i === 0 && j === 0 ? 1 : (i > 0 ? row[j]! : 0) + (j > 0 ? next[j - 1]! : 0);
    }
    row = next;
  }
  let total = 1;
  for (let k = 1; k <= m; k++) total = (total * (n + k)) / k; // BUG: C(n + m, m) overflows a double
  return 1 - row[m]! / total;
}

export const ksTwoSample = ksWith({
  pValue: (n, m, scaled) => (Math.max(n, m) <= 10_000 ? { pValue: countedPValue(n, m, scaled), method: "exact" } : referencePValue(n, m, scaled)),
});
