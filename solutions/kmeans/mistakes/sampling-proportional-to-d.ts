/** Mistake: k-means++ draws the next centre with probability proportional to D, not D² (the squared distance). */
// Points 0, 1, 2 with first centre 0: next-centre probabilities 0/.33/.67 instead of 0/.2/.8.
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { dist2, drawProportional, seededWith } from "./lib/seeding.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return seededWith(points, options, "k-means++", (x, k, rng) => {
    const centres = [x[Math.floor(rng() * x.length)]!];
    const closest = x.map((p) => dist2(p, centres[0]!));
    while (centres.length < k) {
      const next = x[drawProportional(closest.map(Math.sqrt), rng)]!; // BUG: weights D, not D²
      centres.push(next);
      x.forEach((p, i) => (closest[i] = Math.min(closest[i]!, dist2(p, next))));
    }
    return centres.map((c) => [...c]);
  });
}
