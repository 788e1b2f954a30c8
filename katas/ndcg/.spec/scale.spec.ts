/**
 * Scale spec for meanNdcg, in its own file so that a solution too slow to finish (stopped by the grader's watchdog)
 * does not take the other specs' results down with it.
 *
 * meanNdcg(queries, { k: 10 }) over 10,000 queries × 1,000 candidates: the nightly job of the prompt. Scores are
 * uniform on [0, 1) rounded to 4 decimals (about one candidate in twenty repeats a score of its query, so tie
 * groups sometimes straddle position 10); relevance is 0 for 90% of the candidates, else 1, 2 or 3. The queries
 * are 1,000 distinct ones (Float64Array scores, Uint8Array relevance: 9 MB), each used ten times, in order; the
 * expected mean is computed in beforeAll by an independent route (a numeric sort of each distinct query's scores).
 *
 * What this spec is about: O(n²) work per query, NOT a full sort. Measured on the project machine (2 cores,
 * Node 20), CPU time of the 10,000 queries (process.cpuUsage, so that other jobs on the machine do not count):
 *   - the reference (bounded heap, O(n log K)): 0.25-0.35 s;
 *   - the quickselect alternative (O(n) expected per query): 0.45 s;
 *   - a full sort per query (O(n log n)): 2.4-2.7 s with a Uint32Array of indices sorted by a comparator and a
 *     numeric sort for the ideal (the full-sort alternative), 3.7-4.5 s with plain arrays and comparators for both.
 *     That is only 9-16x the heap: log2(1000) / log2(10) = 3 in comparisons, the rest is the comparator's cost. No
 *     CPU bound can put the sort "far past" it while leaving the heap "well under" it, without a flaky middle, so
 *     the spec does not try: a full sort passes here (the prompt says so; the interviewer still asks for O(n log K));
 *   - an insertion sort of all 1,000 candidates (O(n²) moves, but cheap ones, ~n²/4 on random order): 7.9-8.2 s;
 *   - ranking every candidate by counting the candidates that score higher (O(n²) comparisons, the
 *     `rank-by-counting-quadratic` mistake): 4.6-4.7 s per 1,000 queries, so ~47 s for the 10,000.
 * The bound is 14 s of CPU for the 10,000 queries: 40x the reference, 3.1x above the slowest full sort, 1.7x above
 * the insertion sort (which passes: an O(n²) of cheap moves at n = 1,000 sits closer to a full sort than to the
 * counting route, and the spec does not claim it), 3.4x below the counting route. A busy machine only adds CPU time,
 * so the margin that matters is the passing side's. The spec catches O(n²) work done in JavaScript comparisons
 * per pair of candidates (counting, a filter per candidate), not every O(n²) algorithm.
 * To stay clear of the watchdog (which stops 3 s of CPU without yielding, and 15 s of CPU in one spec), the queries
 * go in 100 calls of 100, the spec yields to the event loop between calls, and it stops as soon as the total
 * passes the bound or, from 500 queries on, the queries so far took more than their share of twice the bound (the
 * counting route stops there after ~2.4 s of CPU; a full sort has used ~0.2 s, the insertion sort ~0.4 s). Every
 * batch's answer is checked as it comes (a wrong answer fails at once, before any time is spent on the rest).
 */
import seedrandom from "seedrandom";
import { beforeAll, it } from "vitest";
import { meanNdcg, type Query } from "#impl/ndcg";
import { expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const QUERIES = 10_000;
const CANDIDATES = 1_000;
const K = 10;
const DISTINCT = 1_000;
const BATCH = 100;
const BOUND_MS = 14_000;
/** From this many queries on, the CPU so far may not exceed its share of twice the bound. */
const EARLY_CHECK = 500;


/**
 * NDCG@K by a different route from a heap: a numeric sort of a copy of the scores gives the values of the K best
 * positions; the tie group of each such value is summed over all the candidates.
 */
function expectedNdcgAtK(relevance: Uint8Array, scores: Float64Array): number {
  const n = scores.length;
  const sorted = Float64Array.from(scores).sort(); // ascending
  const groups = new Map<number, { sum: number; count: number }>();
  for (let r = 0; r < K; r++) groups.set(sorted[n - 1 - r]!, { sum: 0, count: 0 });
  for (let i = 0; i < n; i++) {
    const group = groups.get(scores[i]!);
    if (group) {
      group.sum += relevance[i]!;
      group.count++;
    }
  }
  let actual = 0;
  for (let r = 0; r < K; r++) {
    const group = groups.get(sorted[n - 1 - r]!)!;
    actual += group.sum / group.count / Math.log2(r + 2);
  }
  const gains = Float64Array.from(relevance).sort();
  let ideal = 0;
  for (let r = 0; r < K; r++) ideal += gains[n - 1 - r]! / Math.log2(r + 2);
  return ideal === 0 ? 0 : actual / ideal;
}

specs("scale", "scale: 10,000 queries × 1,000 candidates, K = 10", () => {
  let batches: Query[][];
  let expectedPerBatch: number[];
  beforeAll(() => {
    const rng = seedrandom("ndcg-nightly-job"); // the same stream as compare.ts
    const distinct: Query[] = [];
    const expectedOf: number[] = [];
    for (let d = 0; d < DISTINCT; d++) {
      const scores = new Float64Array(CANDIDATES);
      const relevance = new Uint8Array(CANDIDATES);
      for (let i = 0; i < CANDIDATES; i++) {
        scores[i] = Math.round(rng() * 10_000) / 10_000;
        const r = rng();
        relevance[i] = r < 0.9 ? 0 : r < 0.96 ? 1 : r < 0.99 ? 2 : 3;
      }
      distinct.push({ relevance, scores });
      expectedOf.push(expectedNdcgAtK(relevance, scores));
    }
    batches = [];
    expectedPerBatch = [];
    for (let start = 0; start < QUERIES; start += BATCH) {
      const batch: Query[] = [];
      let sum = 0;
      for (let q = start; q < start + BATCH; q++) {
        batch.push(distinct[q % DISTINCT]!);
        sum += expectedOf[q % DISTINCT]!;
      }
      batches.push(batch);
      expectedPerBatch.push(sum / BATCH);
    }
  });

  it("meanNdcg@10 over 10,000 queries × 1,000 candidates does not do O(n²) work per query", async () => {
    // The queries are described, not listed: `given` would otherwise copy 10,000 queries to guard them.
    const input = { queries: `${QUERIES} queries × ${CANDIDATES} candidates (in ${QUERIES / BATCH} calls of ${BATCH})`, k: K };
    await given(input, async () => {
      let used = 0;
      for (let b = 0; b < batches.length; b++) {
        const start = process.cpuUsage();
        const value = meanNdcg(batches[b]!, { k: K });
        const spent = process.cpuUsage(start);
        used += (spent.user + spent.system) / 1000;
        expectClose(value, expectedPerBatch[b]!, 1e-12, `mean NDCG@10 of queries ${b * BATCH}..${(b + 1) * BATCH - 1}`);
        const done = (b + 1) * BATCH;
        const projected = (used * QUERIES) / done;
        if (used > BOUND_MS || (done >= EARLY_CHECK && projected > 2 * BOUND_MS)) {
          fail(
            `${done.toLocaleString("en-US")} of the 10,000 queries took ${Math.round(used)} ms of CPU, so all of them would take about ${Math.round(projected / 1000)} s; ` +
              `O(n log K) per query needs well under ${BOUND_MS / 1000} s (a heap takes about 0.3 s here): is something O(n²) per query?`,
            `< ${BOUND_MS} ms for 10,000 queries`,
            `${Math.round(projected)} ms (projected from ${done} queries)`,
          );
        }
        // Let the watchdog's heartbeat run: each call is a short synchronous stretch.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    });
  });
});
