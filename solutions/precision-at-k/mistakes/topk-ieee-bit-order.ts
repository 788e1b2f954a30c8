/** Mistake: topK orders scores by their IEEE-754 bit patterns (a radix-select key), so -0 ranks below 0 instead of tying with it. */
// The classic trick of GPU radix select (and of radix sorts of floats): flip the bits of negative numbers and the
// sign bit of the others, and the doubles sort as unsigned integers. It is exact for every pair of finite numbers
// except one: -0 (0x8000…) becomes 0x7FFF…, below +0 (0x0000… -> 0x8000…). Gives [1] instead of [0] for
// topK([-0, 0], 1): the +0 wins the "tie".
import { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK, topK as referenceTopK } from "../precision-at-k.ts";
import type { ItemId, Query, RelevantIds, Scores } from "../precision-at-k.ts";

export { averagePrecisionAtK, meanAveragePrecisionAtK, precisionAtK, recallAtK };
export type { ItemId, Query, RelevantIds, Scores };

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer); // little-endian: words[1] holds the sign and exponent

/** An order-preserving unsigned key of a double, as two 32-bit words (high, low). */
function keyOf(score: number): [number, number] {
  float[0] = score;
  const high = words[1]!;
  const low = words[0]!;
  if (high & 0x80000000) return [~high >>> 0, ~low >>> 0]; // negative (BUG: -0 included): flip every bit
  return [(high | 0x80000000) >>> 0, low]; // non-negative: set the sign bit
}

export function topK(scores: Scores, k: number): number[] {
  referenceTopK(scores, k); // validates the contract
  const n = scores.length;
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) [high[i], low[i]] = keyOf(scores[i]!);
  // a is worse than b: a lower key, or an equal key and a higher index.
  const worse = (a: number, b: number) =>
    high[a]! < high[b]! || (high[a] === high[b] && (low[a]! < low[b]! || (low[a] === low[b] && a > b)));

  const heap: number[] = []; // min-heap of the best indices, the worst at the root
  const siftDown = (pos: number) => {
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= heap.length) return;
      if (child + 1 < heap.length && worse(heap[child + 1]!, heap[child]!)) child++;
      if (!worse(heap[child]!, heap[pos]!)) return;
      [heap[pos], heap[child]] = [heap[child]!, heap[pos]!];
      pos = child;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let pos = heap.length - 1; pos > 0 && worse(heap[pos]!, heap[(pos - 1) >> 1]!); pos = (pos - 1) >> 1) {
        [heap[pos], heap[(pos - 1) >> 1]] = [heap[(pos - 1) >> 1]!, heap[pos]!];
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
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
  return out.reverse();
}
