/** Mistake: keeps the relevant ids as keys of a plain object, so the number 1 and the string "1" become the same id. */
import { meanAveragePrecisionAtK as referenceMap, precisionAtK as validate, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { topK };
export type { ItemId, Query, RelevantIds, Scores };

function walk(ranked: readonly ItemId[], relevant: RelevantIds, k: number) {
  validate(ranked, relevant, k);
  const wanted: Record<string, boolean> = {};
  let relevantCount = 0;
  for (const id of relevant) {
    if (!wanted[id]) relevantCount++;
    wanted[id] = true; // BUG: object keys are strings, 1 and "1" collide
  }
  const counted: Record<string, boolean> = {};
  let hits = 0;
  let precisionSum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const id = ranked[i]!;
    if (wanted[id] && !counted[id]) {
      counted[id] = true;
      hits++;
      precisionSum += hits / (i + 1);
    }
  }
  return { hits, precisionSum, relevantCount };
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
