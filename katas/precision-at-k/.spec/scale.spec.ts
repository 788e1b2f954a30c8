/**
 * Scale spec for topK, kept in its own file so that a solution too slow to finish (and stopped by the grader's
 * watchdog) does not take the other specs' results down with it.
 *
 * n = 1,000,000 scores, k = 100,000. The input is the worst case for a sorted insertion buffer of size k: 50,000
 * "pinned" items with huge scores come first, then scores that keep climbing (in tied pairs). Every climbing item
 * enters the top k and lands in the middle of it, right below the pinned ones, so a buffer kept sorted in either
 * direction shifts about k/2 = 50,000 entries per item: ~4.75·10^10 moves.
 *
 * Measured on the project machine (2 cores, Node 20), whole topK call:
 *   - the reference (bounded min-heap, O(n log k)): 120-270 ms at load average <= 8; up to ~1 s while other
 *     proofs kept the 2 cores at load average 9-17 (the bound still leaves it 2x);
 *   - a full sort of the n indices with a comparator (O(n log n)): 410-650 ms. It passes: no timing can separate
 *     n log k from n log n by the 100x this project asks of a complexity spec, so none is attempted;
 *   - an insertion buffer with a hand-written shifting loop (O(n k)): 216 s, over 100x past the bound;
 *   - the same buffer using Array.prototype.splice (native memmove, the fastest O(n k) variant): 33.6 s,
 *     ~17x past the bound;
 *   - k passes of "find the next maximum" (O(n k), 10^11 comparisons): 0.8 s at k = 200, so ~400 s here.
 * The bound (2 s) leaves the reference 7x on a quiet machine and 2x on the busiest one measured; the grader's
 * watchdog stops any run that blocks for 3 s, which reports an O(n k) solution as "did not finish" long before the
 * bound is even checked.
 */
import { describe, it } from "vitest";
import { topK } from "#impl/precision-at-k";
import { fail, given } from "../../../scripts/kit/index.ts";

const N = 1_000_000;
const K = 100_000;
const PINNED = K / 2;
const BOUND_MS = 2_000;

/** The expected answer, built directly from the input's structure in O(k). */
function expectedTopK(): Int32Array {
  const expected = new Int32Array(K);
  let slot = 0;
  // Pinned scores are 1e9 + (j % 100): highest value first, equal values in index order.
  for (let value = 99; value >= 0; value--) {
    for (let j = value; j < PINNED; j += 100) expected[slot++] = j;
  }
  // Climbing scores are floor((i - PINNED) / 2): the last K - PINNED indices, pair by pair from the top,
  // the lower index of each tied pair first.
  for (let pairStart = N - 2; pairStart >= N - (K - PINNED); pairStart -= 2) {
    expected[slot++] = pairStart;
    expected[slot++] = pairStart + 1;
  }
  return expected;
}

describe("scale", () => {
  it("topK picks 100,000 of 1,000,000 scores in O(n log k) (input adversarial to an insertion buffer)", () => {
    const scores = new Float64Array(N);
    for (let j = 0; j < PINNED; j++) scores[j] = 1e9 + (j % 100);
    for (let i = PINNED; i < N; i++) scores[i] = Math.floor((i - PINNED) / 2);
    const expected = expectedTopK();
    given({ n: N, k: K, scores }, () => {
      const start = performance.now();
      const result = topK(scores, K);
      const elapsed = performance.now() - start;
      if (!Array.isArray(result) || result.length !== K) {
        fail(`topK should return ${K} indices`, `an array of length ${K}`, Array.isArray(result) ? `length ${result.length}` : result);
      }
      for (let i = 0; i < K; i++) {
        if (result[i] !== expected[i]) {
          fail(`index ${i} of the result is wrong`, `result[${i}] = ${expected[i]}`, `result[${i}] = ${String(result[i])}`);
        }
      }
      if (elapsed > BOUND_MS) {
        fail(
          `took ${Math.round(elapsed)} ms; an O(n log k) solution needs well under ${BOUND_MS} ms`,
          `< ${BOUND_MS} ms`,
          `${Math.round(elapsed)} ms`,
        );
      }
    });
  });
});
