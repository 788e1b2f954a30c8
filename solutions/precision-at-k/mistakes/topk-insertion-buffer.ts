/** Mistake: topK keeps a sorted buffer and shifts entries to insert, O(n k): right answers, minutes at k = 100,000. */
import { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK, topK as referenceTopK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK };
export type { ItemId, Query, RelevantIds, Scores };

export function topK(scores: Scores, k: number): number[] {
  referenceTopK(scores, Number.isInteger(k) && k > 1 ? 1 : k); // validates the contract in O(n)
  const capacity = Math.min(k, scores.length);
  const buffer = new Int32Array(capacity); // best first
  let size = 0;
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (let i = 0; i < scores.length; i++) {
    if (size === capacity && !better(i, buffer[capacity - 1]!)) continue;
    let j = size < capacity ? size++ : capacity - 1;
    while (j > 0 && better(i, buffer[j - 1]!)) {
      buffer[j] = buffer[j - 1]!; // BUG: O(k) shift per insertion
      j--;
    }
    buffer[j] = i;
  }
  return Array.from(buffer.subarray(0, size));
}
