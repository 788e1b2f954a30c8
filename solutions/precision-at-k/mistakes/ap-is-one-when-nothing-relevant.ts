/** Mistake: AP@K is 1 when nothing is relevant (one revision of ml_metrics.apk did this), inflating MAP@K. */
import { averagePrecisionAtK as referenceAp, meanAveragePrecisionAtK as referenceMap, precisionAtK, recallAtK, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { precisionAtK, recallAtK, topK };
export type { ItemId, Query, RelevantIds, Scores };

export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const ap = referenceAp(ranked, relevant, k);
  return new Set(relevant).size === 0 ? 1 : ap; // BUG: "nothing to find, so nothing missed"
}

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  referenceMap(queries, k); // validates the contract
  return queries.reduce((sum, q) => sum + averagePrecisionAtK(q.ranked, q.relevant, k), 0) / queries.length;
}
