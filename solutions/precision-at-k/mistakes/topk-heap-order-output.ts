/** Mistake: topK returns the heap's internal array as it is: the right k indices, but not highest first. */
// Gives [2, 1, 0] (heap order, the root is the lowest kept score) instead of [0, 1, 2] for [.9,.8,.7,.6,.5], k = 3.
import { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK, topK as referenceTopK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK };
export type { ItemId, Query, RelevantIds, Scores };

export function topK(scores: Scores, k: number): number[] {
  const best = referenceTopK(scores, k); // the right set, highest first
  // Rebuild the min-heap the reference had before its final pops: push each kept index and sift up.
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  for (const index of [...best].sort((a, b) => a - b)) {
    heap.push(index);
    for (let pos = heap.length - 1; pos > 0 && worse(heap[pos]!, heap[(pos - 1) >> 1]!); pos = (pos - 1) >> 1) {
      [heap[pos], heap[(pos - 1) >> 1]] = [heap[(pos - 1) >> 1]!, heap[pos]!];
    }
  }
  return heap; // BUG: heap order is not sorted order
}
