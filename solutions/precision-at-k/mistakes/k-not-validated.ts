/** Mistake: k is never validated, so k = 0 gives NaN (0/0) and k = 2.5 or -1 give numbers instead of an error. */
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";
import * as reference from "../precision-at-k.ts";

export type { ItemId, Query, RelevantIds, Scores };

// Runs the reference with a k it accepts, then redoes the arithmetic with the caller's k as given.
function hits(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  reference.recallAtK(ranked, relevant, 1); // validates ranked and relevant only
  const wanted = new Set(relevant);
  return new Set(ranked.slice(0, Math.max(0, Math.ceil(k))).filter((id) => wanted.has(id))).size;
}

export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  return hits(ranked, relevant, k) / k; // BUG: k = 0 -> NaN, k = -1 -> -0, k = 2.5 -> a fraction
}

export function recallAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  const found = hits(ranked, relevant, k);
  const count = new Set(relevant).size;
  return count === 0 ? 0 : found / count;
}

export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  if (!(k >= 1)) return Number.NaN; // BUG: no error
  return reference.averagePrecisionAtK(ranked, relevant, Math.ceil(k));
}

export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  if (!(k >= 1)) return Number.NaN; // BUG: no error
  return reference.meanAveragePrecisionAtK(queries, Math.ceil(k));
}

export function topK(scores: Scores, k: number): number[] {
  if (!(k >= 1)) return []; // BUG: no error
  return reference.topK(scores, Math.ceil(k));
}
