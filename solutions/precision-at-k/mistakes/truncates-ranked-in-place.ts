/** Mistake: truncates the caller's ranked list to k with splice, modifying the input. */
import * as reference from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export type { ItemId, Query, RelevantIds, Scores };
export const { topK } = reference;

function truncate(ranked: readonly ItemId[], k: number): readonly ItemId[] {
  if (Array.isArray(ranked) && Number.isInteger(k) && k > 0) (ranked as ItemId[]).splice(k); // BUG: mutates the caller's array
  return ranked;
}

export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  return reference.precisionAtK(truncate(ranked, k), relevant, k);
}

export function recallAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  return reference.recallAtK(truncate(ranked, k), relevant, k);
}

export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  return reference.averagePrecisionAtK(truncate(ranked, k), relevant, k);
}

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  if (Array.isArray(queries)) for (const q of queries) if (q && typeof q === "object") truncate(q.ranked, k);
  return reference.meanAveragePrecisionAtK(queries, k);
}
