/**
 * Scale spec for exact search at the production shape: 100,000 items × 64 dimensions (two-tower-like embeddings,
 * 16 topics, popularity-scaled norms), 10 queries, k = 10, by dot product. Kept in its own file so that a solution
 * too slow to finish (stopped by the watchdog) does not take the other specs down with it.
 *
 * 10 queries × 100,000 items × 64 = 6.4e7 multiply-adds. Measured on the project machine (2 cores, Node 20, load
 * average 4-11 from other jobs), CPU time of the call: the reference (one flat Float64Array copy, then a bounded
 * heap per query) 0.28-0.32 s, of which ~0.1 s is validating and copying the 6.4 million values; the number[][]
 * alternative (rows read in place, quickselect) 0.53-0.61 s; a full sort of the 100,000 scores per query 0.87 s.
 * The full sort passes here: at d = 64 the scoring costs as much as the sort, so this file bounds the whole search
 * and selection-scale.spec.ts, at d = 4, catches the sort. The bound, 1.5 s of CPU, leaves the reference ~5x and
 * the alternative ~2.5x; building an n × q matrix of objects or re-reading rows per pair is far past it. The
 * 1,000-query batch of the prompt is a compare workload (npm run compare), not a graded spec: even the reference
 * needs ~10 s of CPU for it.
 */
import { afterAll, beforeAll, it } from "vitest";
import { exactTopK } from "#impl/two-tower-retrieval";
import { expectAllClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectNeighbours } from "./checks.ts";
import { cpuMs, embeddings, topKByDot, type GoldenNeighboursRow } from "./helpers.ts";

const N = 100_000;
const D = 64;
const QUERIES = 10;
const K = 10;
const BOUND_MS = 1_500;

let items: number[][] = [];
let queries: number[][] = [];
let expected: GoldenNeighboursRow[] = [];

beforeAll(() => {
  ({ items, queries } = embeddings(N, QUERIES, D, 16, 2024));
  expected = queries.map((q) => topKByDot(q, items, K));
});

afterAll(() => {
  // The batch runs many targets in one worker: let the 50 MB of rows go.
  items = [];
  queries = [];
});

specs("scale", "exact search at 100,000 items × 64 dimensions", () => {
  it(`exactTopK: ${QUERIES} queries, k = ${K}, dot product, within ${BOUND_MS} ms of CPU`, () => {
    given({ n: N, d: D, queries: QUERIES, k: K }, () => {
      const start = process.cpuUsage();
      const result = exactTopK(queries, items, { k: K });
      const used = cpuMs(start);
      expectNeighbours(result, QUERIES);
      expected.forEach((row, q) => {
        expectAllClose(result.ids[q], row.ids, 0, `ids[${q}]`);
        expectAllClose(result.scores[q], row.scores, 1e-9, `scores[${q}]`);
      });
      if (used > BOUND_MS) {
        fail(`used ${Math.round(used)} ms of CPU; exact search here needs well under ${BOUND_MS} ms (flat arrays, a heap per query)`, `< ${BOUND_MS} ms of CPU`, `${Math.round(used)} ms of CPU`);
      }
    });
  });
});
