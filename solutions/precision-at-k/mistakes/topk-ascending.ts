/** Mistake: topK sorts ascending, so it returns the k lowest scores (lowest first). */
import { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK, topK as referenceTopK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK };
export type { ItemId, Query, RelevantIds, Scores };

export function topK(scores: Scores, k: number): number[] {
  referenceTopK(scores, k); // validates the contract
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => scores[a]! - scores[b]! || a - b); // BUG: ascending
  return order.slice(0, k);
}
