/** Mistake: init "random" draws k indices with replacement, so the same point can become two centres. */
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { seededWith } from "./lib/seeding.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return seededWith(points, options, "random", (x, k, rng) =>
    Array.from({ length: k }, () => [...x[Math.floor(rng() * x.length)]!]), // BUG: duplicates possible
  );
}
