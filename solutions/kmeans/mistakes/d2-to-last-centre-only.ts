/** Mistake: k-means++ measures D² to the most recently chosen centre only, not to the nearest chosen centre. */
// Points 0, 1, 3, 7 with k = 3: an earlier centre can be drawn again, and the left-out frequencies are wrong.
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { dist2, drawProportional, seededWith } from "./lib/seeding.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return seededWith(points, options, "k-means++", (x, k, rng) => {
    const centres = [x[Math.floor(rng() * x.length)]!];
    while (centres.length < k) {
      const last = centres[centres.length - 1]!;
      const weights = x.map((p) => dist2(p, last)); // BUG: forgets the earlier centres
      centres.push(x[drawProportional(weights, rng)]!);
    }
    return centres.map((c) => [...c]);
  });
}
