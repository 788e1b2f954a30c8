/**
 * Scale spec for topK, kept in its own file so that a solution too slow to finish (and stopped by the grader's
 * watchdog) does not take the other specs' results down with it.
 *
 * n = 1,000,000 scores, k = 100,000. The input is the worst case for a sorted insertion buffer of size k: 50,000
 * "pinned" items with huge scores come first, then scores that keep climbing (in tied pairs). Every climbing item
 * enters the top k and lands in the middle of it, right below the pinned ones, so a buffer kept sorted in either
 * direction shifts about k/2 = 50,000 entries per item: ~4.75·10^10 moves.
 *
 * Measured on the project machine (2 cores, Node 20), CPU time of the whole topK call (process.cpuUsage, so that
 * other jobs on the machine do not count; the bound is on CPU time too):
 *   - the reference (bounded min-heap, O(n log k)): 110-145 ms;
 *   - the alternative (2k buffer pruned by quickselect, O(n) expected): 60-140 ms;
 *   - a full sort of the n indices with a comparator (O(n log n)): 200-240 ms. It passes: no timing can separate
 *     n log k from n log n by the 100x this project asks of a complexity spec, so none is attempted;
 *   - the insertion buffer using Array.prototype.splice (native memmove, the fastest O(n k) variant): 20.8 s,
 *     ~10x past the bound (wall-clock measurements before the switch to CPU time: 33.6 s);
 *   - an insertion buffer with a hand-written shifting loop (O(n k)): 216 s wall clock, over 100x past the bound;
 *   - k passes of "find the next maximum" (O(n k), 10^11 comparisons): 0.8 s at k = 200, so ~400 s here.
 * The bound (2 s of CPU) leaves the reference a 14x margin; the grader's watchdog stops any run that uses 3 s of
 * CPU without yielding, which reports every O(n k) solution as "did not finish" before the bound is even checked.
 * The input is built in beforeAll, outside the timed call.
 */
import { beforeAll, it } from "vitest";
import { topK } from "#impl/precision-at-k";
import { fail, given, specs } from "../../../scripts/kit/index.ts";

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

specs("scale", "scale", () => {
  let scores: Float64Array;
  let expected: Int32Array;
  beforeAll(() => {
    scores = new Float64Array(N);
    for (let j = 0; j < PINNED; j++) scores[j] = 1e9 + (j % 100);
    for (let i = PINNED; i < N; i++) scores[i] = Math.floor((i - PINNED) / 2);
    expected = expectedTopK();
  });

  it("topK picks 100,000 of 1,000,000 scores in O(n log k) (input adversarial to an insertion buffer)", () => {
    given({ n: N, k: K, scores }, () => {
      const start = process.cpuUsage();
      const result = topK(scores, K);
      const used = process.cpuUsage(start);
      const elapsed = (used.user + used.system) / 1000;
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
          `took ${Math.round(elapsed)} ms of CPU; an O(n log k) solution needs well under ${BOUND_MS} ms`,
          `< ${BOUND_MS} ms`,
          `${Math.round(elapsed)} ms`,
        );
      }
    });
  });
});
