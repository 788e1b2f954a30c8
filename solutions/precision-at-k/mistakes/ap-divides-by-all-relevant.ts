/** Mistake: AP@K divides by |relevant| (trec_eval's map_cut) instead of min(|relevant|, k), so a perfect top k scores below 1. */
// Gives 0.3333 instead of 0.5556 on ranked [1,6,2,7,8], relevant 1..5, k = 3.
import { averagePrecisionAtK as referenceAp, meanAveragePrecisionAtK as referenceMap, precisionAtK, recallAtK, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { precisionAtK, recallAtK, topK };
export type { ItemId, Query, RelevantIds, Scores };

export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const ap = referenceAp(ranked, relevant, k); // validates the contract
  const relevantCount = new Set(relevant).size;
  // Undo the reference's min(|relevant|, k) and divide by |relevant| instead.
  return (ap * Math.min(relevantCount, k)) / Math.max(relevantCount, 1); // BUG
}

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  referenceMap(queries, k); // validates the contract
  return queries.reduce((sum, q) => sum + averagePrecisionAtK(q.ranked, q.relevant, k), 0) / queries.length;
}
