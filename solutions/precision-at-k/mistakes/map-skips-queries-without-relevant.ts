/** Mistake: MAP@K drops the queries that have no relevant ids instead of counting them as 0. */
// Gives 1.0 instead of 0.5 on queries [{ranked:[1,2], relevant:[1]}, {ranked:[3], relevant:[]}], k = 2.
import { averagePrecisionAtK, meanAveragePrecisionAtK as referenceMap, precisionAtK, recallAtK, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, precisionAtK, recallAtK, topK };
export type { ItemId, Query, RelevantIds, Scores };

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  referenceMap(queries, k); // validates the contract
  const judged = queries.filter((q) => new Set(q.relevant).size > 0); // BUG: silently shrinks the denominator
  if (judged.length === 0) return 0;
  return judged.reduce((sum, q) => sum + averagePrecisionAtK(q.ranked, q.relevant, k), 0) / judged.length;
}
