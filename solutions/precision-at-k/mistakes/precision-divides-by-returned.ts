/** Mistake: P@K divides by min(k, ranked.length), so a short list is not charged for its empty slots. */
// Gives 1.0 instead of 0.4 for two ranked items, both relevant, at k = 5 (TF-Ranking's convention, not ours).
import { averagePrecisionAtK, meanAveragePrecisionAtK, recallAtK, topK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, recallAtK, topK };
export type { ItemId, Query, RelevantIds, Scores };

export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  recallAtK(ranked, relevant, k); // validates the contract
  const wanted = new Set(relevant);
  const top = ranked.slice(0, k);
  const hits = new Set(top.filter((id) => wanted.has(id))).size;
  return top.length === 0 ? 0 : hits / top.length; // BUG: divides by the number returned, not by k
}
