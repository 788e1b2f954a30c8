/** Mistake: uses scikit-learn's greedy k-means++ (best of 2 + ln k candidates per centre), not the stated plain D² draw. */
// The greedy variant favours far points: on points 0, 1, 2 it almost never pairs 0 with 1.
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { dist2, drawProportional, seededWith } from "./lib/seeding.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return seededWith(points, options, "k-means++", (x, k, rng) => {
    const trials = 2 + Math.floor(Math.log(k));
    const centres = [x[Math.floor(rng() * x.length)]!];
    let closest = x.map((p) => dist2(p, centres[0]!));
    while (centres.length < k) {
      // BUG (for this kata's convention): draw several candidates, keep the one that lowers the potential most.
      let bestIndex = -1;
      let bestPotential = Infinity;
      let bestClosest = closest;
      for (let trial = 0; trial < trials; trial++) {
        const candidate = drawProportional(closest, rng);
        const next = closest.map((d, i) => Math.min(d, dist2(x[i]!, x[candidate]!)));
        const potential = next.reduce((a, b) => a + b, 0);
        if (potential < bestPotential) {
          bestPotential = potential;
          bestIndex = candidate;
          bestClosest = next;
        }
      }
      centres.push(x[bestIndex]!);
      closest = bestClosest;
    }
    return centres.map((c) => [...c]);
  });
}
