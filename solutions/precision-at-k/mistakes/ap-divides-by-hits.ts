/** Mistake: AP@K averages precision over the hits found in the top k (torchmetrics' top_k), not over min(|relevant|, k). */
// Gives 0.8333 instead of 0.5556 on ranked [1,6,2,7,8], relevant 1..5, k = 3: missing relevant ids cost nothing.
import { meanAveragePrecisionAtK as referenceMap, precisionAtK, recallAtK, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { precisionAtK, recallAtK, topK };
export type { ItemId, Query, RelevantIds, Scores };

export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  precisionAtK(ranked, relevant, k); // validates
  const wanted = new Set(relevant);
  const seen = new Set<ItemId>();
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const id = ranked[i]!;
    if (wanted.has(id) && !seen.has(id)) {
      seen.add(id);
      sum += seen.size / (i + 1);
    }
  }
  return seen.size === 0 ? 0 : sum / seen.size; // BUG: divides by the hits
}

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  referenceMap(queries, k); // validates the contract
  return queries.reduce((sum, q) => sum + averagePrecisionAtK(q.ranked, q.relevant, k), 0) / queries.length;
}
