/** Mistake: R@K divides by the number of relevant ids without a guard, so it is NaN (0/0) when none is relevant. */
import { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, topK };
export type { ItemId, Query, RelevantIds, Scores };

export function recallAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const hits = precisionAtK(ranked, relevant, k) * k;
  return hits / new Set(relevant).size; // BUG: 0 / 0 = NaN when nothing is relevant
}
