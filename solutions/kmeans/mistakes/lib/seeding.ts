/**
 * Scaffolding for the seeding mistakes (not a mistake itself): validates through the reference, chooses the
 * initial centres with the given (buggy) rule, then runs the reference's Lloyd iterations from those centres.
 */
import seedrandom from "seedrandom";
import { kMeans as reference, type KMeansOptions, type KMeansResult, type Points } from "../../kmeans.ts";

export type Chooser = (points: Points, k: number, rng: () => number) => number[][];

export function dist2(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += (a[t]! - b[t]!) ** 2;
  return s;
}

/** Index drawn with probability proportional to weights[i] (inverse CDF). */
export function drawProportional(weights: readonly number[], rng: () => number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return Math.floor(rng() * weights.length);
  let r = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.findLastIndex((w) => w > 0);
}

export function seededWith(
  points: Points,
  options: KMeansOptions,
  which: "k-means++" | "random",
  choose: Chooser,
  rng: () => number = seedrandom(String(options?.seed ?? 0)),
): KMeansResult {
  if (typeof options !== "object" || options === null || (options.init ?? "k-means++") !== which) {
    return reference(points, options);
  }
  reference(points, { ...options, maxIter: 0 }); // validates points and k (maxIter and tol: the call below)
  const init = choose(points, options.k, rng).map((c) => [...c]);
  return reference(points, { ...options, init });
}
