/** Mistake: k-means++ precomputes the n×n matrix of pairwise distances: O(n²) time and memory (80 GB at n = 100,000). */
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { dist2, drawProportional, seededWith } from "./lib/seeding.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return seededWith(points, options, "k-means++", (x, k, rng) => {
    const matrix = x.map((p) => x.map((q) => dist2(p, q))); // BUG: n² entries
    const chosen = [Math.floor(rng() * x.length)];
    while (chosen.length < k) {
      const weights = x.map((_, i) => Math.min(...chosen.map((c) => matrix[c]![i]!)));
      chosen.push(drawProportional(weights, rng));
    }
    return chosen.map((i) => [...x[i]!]);
  });
}
