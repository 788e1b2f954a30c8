/** Mistake: P@K divides the hits by the number of relevant ids instead of by k (that is recall). */
// Gives 1.0 instead of 0.6667 for P@3 on ranked [0,1,2,3,4], relevant [0,2].
import { averagePrecisionAtK, meanAveragePrecisionAtK, recallAtK, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, recallAtK, topK };
export type { ItemId, Query, RelevantIds, Scores };

export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  return recallAtK(ranked, relevant, k); // BUG: hits / |relevant|, not hits / k
}
