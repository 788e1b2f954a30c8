/** Mistake: an id repeated in the ranked list is counted as a hit every time it appears. */
// Gives P@2 = 1 instead of 0.5 on ranked ["a","a","b"], relevant {"a"}; R@2 = 2 (recall above 1).
import { meanAveragePrecisionAtK as referenceMap, precisionAtK as validP, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { topK };
export type { ItemId, Query, RelevantIds, Scores };

function walk(ranked: readonly ItemId[], relevant: RelevantIds, k: number) {
  validP(ranked, relevant, k); // the reference validates the contract
  const wanted = new Set(relevant);
  let hits = 0;
  let precisionSum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if (wanted.has(ranked[i]!)) {
      hits++; // BUG: no check that this id was already counted
      precisionSum += hits / (i + 1);
    }
  }
  return { hits, precisionSum, relevantCount: wanted.size };
}

export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  return walk(ranked, relevant, k).hits / k;
}

export function recallAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const { hits, relevantCount } = walk(ranked, relevant, k);
  return relevantCount === 0 ? 0 : hits / relevantCount;
}

export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const { precisionSum, relevantCount } = walk(ranked, relevant, k);
  return relevantCount === 0 ? 0 : precisionSum / Math.min(relevantCount, k);
}

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  referenceMap(queries, k); // validates the contract
  return queries.reduce((sum, q) => sum + averagePrecisionAtK(q.ranked, q.relevant, k), 0) / queries.length;
}
