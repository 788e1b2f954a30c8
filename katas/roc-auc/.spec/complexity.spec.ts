/**
 * Complexity spec for roc-auc, kept in its own file so that a solution too slow to finish (and stopped by the
 * grader's watchdog) does not take the other specs' results down with it.
 *
 * n = 1,000,000 with many ties. Measured on the project machine (2 cores, Node 20): the reference takes about
 * 0.15 s; an O(n log n) index sort with a comparator (the average-ranks alternative) about 1 s; an O(n^2) pair
 * loop about 2.5e11 pair comparisons, roughly 1,700 s (extrapolated from 0.7 s at n = 20,000). The bound below
 * (2.5 s of CPU time, so that other jobs on the machine do not count) leaves the reference a 16x margin and puts
 * the O(n^2) loop about 700x past it; such a solution is stopped by the watchdog (3 s without yielding) before the
 * bound is even checked. (Both margins cannot be 100x at this n: the O(n^2)/O(n log n) gap here is ~10^4.)
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { rocAuc } from "#impl/roc-auc";
import { expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";

const N = 1_000_000;
const BOUND_MS = 2_500;

/** Exact AUC by counting per score level: O(n + levels), possible only because the levels are known integers. */
function aucByLevels(labels: Uint8Array, levels: Uint16Array, levelCount: number): number {
  const positives = new Float64Array(levelCount);
  const negatives = new Float64Array(levelCount);
  for (let i = 0; i < labels.length; i++) (labels[i] ? positives : negatives)[levels[i]!]! += 1;
  let wins = 0;
  let negativesBelow = 0;
  let totalPositives = 0;
  for (let level = 0; level < levelCount; level++) {
    wins += positives[level]! * (negativesBelow + negatives[level]! / 2);
    negativesBelow += negatives[level]!;
    totalPositives += positives[level]!;
  }
  return wins / (totalPositives * negativesBelow);
}

specs("scale", "complexity", () => {
  it("rocAuc handles n = 1,000,000 (with ties) in O(n log n) time", () => {
    const LEVELS = 1000;
    const rng = seedrandom("roc-auc-complexity");
    const labels = new Uint8Array(N);
    const levels = new Uint16Array(N);
    const scores = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      levels[i] = Math.floor(rng() * LEVELS);
      // A weak signal: positives are a little more likely at high levels.
      labels[i] = rng() < 0.2 + (0.2 * levels[i]!) / LEVELS ? 1 : 0;
      scores[i] = levels[i]! / LEVELS;
    }
    const expected = aucByLevels(labels, levels, LEVELS);
    given({ n: N, labels, scores }, () => {
      const start = process.cpuUsage();
      const auc = rocAuc(labels, scores);
      const used = process.cpuUsage(start);
      const elapsed = (used.user + used.system) / 1000;
      expectClose(auc, expected, 1e-9, "AUC");
      if (elapsed > BOUND_MS) {
        fail(
          `took ${Math.round(elapsed)} ms of CPU; an O(n log n) solution needs well under ${BOUND_MS} ms`,
          `< ${BOUND_MS} ms`,
          `${Math.round(elapsed)} ms`,
        );
      }
    });
  });
});
