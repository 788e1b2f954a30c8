/** Mistake: k-means++ always starts from points[0] instead of a uniformly random first centre. */
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { dist2, drawProportional, seededWith } from "./lib/seeding.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return seededWith(points, options, "k-means++", (x, k, rng) => {
    const centres = [x[0]!]; // BUG: the first centre must be drawn uniformly
    const closest = x.map((p) => dist2(p, centres[0]!));
    while (centres.length < k) {
      const next = x[drawProportional(closest, rng)]!;
      centres.push(next);
      x.forEach((p, i) => (closest[i] = Math.min(closest[i]!, dist2(p, next))));
    }
    return centres.map((c) => [...c]);
  });
}
