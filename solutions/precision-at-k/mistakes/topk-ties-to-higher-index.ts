/** Mistake: the heap compares scores only, so among equal scores the later index wins (ties must go to the lower index). */
// Gives [3, 1, 0] instead of [1, 3, 0] on scores [.5, .9, .5, .9, .1], k = 3.
import { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK, topK as referenceTopK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK };
export type { ItemId, Query, RelevantIds, Scores };

export function topK(scores: Scores, k: number): number[] {
  referenceTopK(scores, k); // validates the contract
  const heap: number[] = []; // min-heap on score only
  const less = (a: number, b: number) => scores[a]! < scores[b]!;
  const siftDown = (pos: number) => {
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= heap.length) return;
      if (child + 1 < heap.length && less(heap[child + 1]!, heap[child]!)) child++;
      if (!less(heap[child]!, heap[pos]!)) return;
      [heap[pos], heap[child]] = [heap[child]!, heap[pos]!];
      pos = child;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let pos = heap.length - 1; pos > 0 && less(heap[pos]!, heap[(pos - 1) >> 1]!); pos = (pos - 1) >> 1) {
        [heap[pos], heap[(pos - 1) >> 1]] = [heap[(pos - 1) >> 1]!, heap[pos]!];
      }
    } else if (scores[i]! >= scores[heap[0]!]!) {
      heap[0] = i; // BUG: an equal score replaces the kept, lower index
      siftDown(0);
    }
  }
  const out: number[] = [];
  while (heap.length > 0) {
    out.push(heap[0]!);
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      siftDown(0);
    }
  }
  return out.reverse(); // BUG (same root cause): equal scores come out in heap order, later index first
}
