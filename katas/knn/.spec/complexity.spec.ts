/**
 * Complexity specs for knn, kept in their own file so that a solution too slow to finish (and stopped by the
 * grader's watchdog after 3 s of CPU without yielding) does not take the other specs' results down with it. Two
 * tests, each with its own 3 s window; the data are built in beforeAll, outside the timed calls.
 *
 * 1. kNeighbors: n = 20,000 training points, q = 1,000 queries, d = 4, k = 10. Brute force computes n·q = 2e7
 *    distances (8e7 multiply-adds) whatever the selection; what differs is the selection per query: a bounded heap
 *    (or a sorted buffer of k) rejects almost every candidate with one comparison, O(n log k); sorting all n
 *    candidates is O(n log n), about 2.9e5 comparator calls per query, 2.9e8 in all.
 * 2. knnRegress leave-one-out (queries = null): n = 6,000 points, d = 4, k = 10, distance weights: 3.6e7
 *    distances, and 6,000 selections of 10 among 5,999 (a full sort per point: 6,000 sorts of 5,999).
 *
 * Measured on the project machine (2 cores, Node 20, CPU time of the call alone, load 7-8 from other jobs):
 *   kNeighbors (bound 1 s):  reference (flat copy + bounded heap) 0.22-0.32 s, alternative (sorted buffer of k on
 *     the caller's rows) 0.21-0.25 s: margins 3-4.5x. A full sort per query with a comparator
 *     (mistakes/full-sort-per-query.ts) 1.14 s per 100 queries, ≈ 11 s for 1,000: 11x past the bound (the watchdog
 *     stops it at 3 s). A full native sort of a Float64Array of distances (no comparator, then a scan for the k) is
 *     also O(n log n) but fast: 2.3 s, only 2.3x past the bound. The n·log n vs n·log k gap is a factor
 *     log2(20,000)/log2(10) ≈ 4 in comparisons; what separates the comparator sort by 10x is the callback.
 *   knnRegress leave-one-out (bound 1.5 s): reference 0.43-0.48 s, alternative 0.41-0.43 s (margins 3-3.5x); the
 *     full sort per point 15.6 s (10x past; stopped by the watchdog).
 * What cannot be separated here: a distance matrix for leave-one-out. At n = 6,000 it is 3.6e7 doubles (288 MB), under
 * the grader's 512 MB; at a size where it would not fit (n >= 8,000), the O(n²·d) work of any leave-one-out already
 * takes 0.7 s, too close to the bounds on a loaded machine. This spec bounds time, not memory.
 */
import seedrandom from "seedrandom";
import { beforeAll, it } from "vitest";
import { kNeighbors, knnRegress } from "#impl/knn";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const BOUND_MS = 1_000;
const LOO_BOUND_MS = 1_500;
const N = 20_000;
const Q = 1_000;
const D = 4;
const K = 10;
const LOO_N = 6_000;

function uniformPoints(rng: seedrandom.PRNG, count: number): number[][] {
  return Array.from({ length: count }, () => Array.from({ length: D }, () => 10 * rng()));
}

let train: number[][] = [];
let queries: number[][] = [];
let looPoints: number[][] = [];
let looTargets: number[] = [];
beforeAll(() => {
  const rng = seedrandom.alea("knn/complexity");
  train = uniformPoints(rng, N);
  queries = uniformPoints(rng, Q);
  looPoints = uniformPoints(rng, LOO_N);
  looTargets = looPoints.map((p) => p[0]! + 2 * p[1]! - p[2]! * p[3]! / 10);
});

/** The k nearest of one query by sorting every candidate: the independent check on a sample of the queries. */
function nearest(points: number[][], query: number[], k: number, skip = -1): { indices: number[]; squared: number[] } {
  const squared = points.map((p) => p.reduce((s, v, j) => s + (v - query[j]!) ** 2, 0));
  const indices = points.map((_, i) => i).filter((i) => i !== skip).sort((a, b) => squared[a]! - squared[b]! || a - b).slice(0, k);
  return { indices, squared: indices.map((i) => squared[i]!) };
}

function checkBound(elapsed: number, bound: number): void {
  if (elapsed > bound) {
    fail(
      `took ${Math.round(elapsed)} ms of CPU; selecting k of n per query with a bounded heap (O(n log k)) needs well under ${bound} ms — sorting all n candidates per query is O(n log n)`,
      `< ${bound} ms of CPU`,
      `${Math.round(elapsed)} ms of CPU`,
    );
  }
}

const yieldOnce = () => new Promise((resolve) => setTimeout(resolve, 0));

specs("scale", "complexity", () => {
  it("kNeighbors: 1,000 queries against n = 20,000 points (k = 10) without a full sort per query", async () => {
    await yieldOnce();
    const start = process.cpuUsage();
    const found = given({ n: N, q: Q, d: D, k: K }, () => kNeighbors(train, queries, K));
    const used = process.cpuUsage(start);
    await yieldOnce();
    given({ n: N, q: Q, d: D, k: K }, () => {
      if (!Array.isArray(found?.indices) || found.indices.length !== Q) fail(`indices should have one row per query (${Q})`, Q, found?.indices?.length);
      for (let q = 0; q < Q; q += 50) {
        const expected = nearest(train, queries[q]!, K);
        expectAllClose(found.indices[q], expected.indices, 0, `indices[${q}]`);
        expectAllClose(found.distances[q], expected.squared.map(Math.sqrt), 1e-12, `distances[${q}]`);
      }
      checkBound((used.user + used.system) / 1000, BOUND_MS);
    });
  });

  it("knnRegress leave-one-out over n = 6,000 points (k = 10, distance weights) without a full sort per point", async () => {
    await yieldOnce();
    const options = { k: K, weights: "distance" as const };
    const start = process.cpuUsage();
    const predictions = given({ n: LOO_N, d: D, options }, () => knnRegress(looPoints, looTargets, null, options));
    const used = process.cpuUsage(start);
    await yieldOnce();
    given({ n: LOO_N, d: D, options }, () => {
      if (!Array.isArray(predictions) || predictions.length !== LOO_N) fail(`one prediction per point (${LOO_N})`, LOO_N, predictions?.length);
      for (let i = 0; i < LOO_N; i += 300) {
        const { indices, squared } = nearest(looPoints, looPoints[i]!, K, i);
        const weights = squared.map((s) => 1 / Math.sqrt(s));
        const expected = indices.reduce((s, index, j) => s + weights[j]! * looTargets[index]!, 0) / weights.reduce((s, w) => s + w, 0);
        expectClose(predictions[i], expected, 1e-12 * (1 + Math.abs(expected)), `predictions[${i}]`);
      }
      checkBound((used.user + used.system) / 1000, LOO_BOUND_MS);
    });
  });
});
