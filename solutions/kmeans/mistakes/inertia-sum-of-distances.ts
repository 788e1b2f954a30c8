/** Mistake: inertia is the sum of distances to the centres, not of squared distances. */
// Golden case X=[[1,2],[1,4],[1,0],[10,2],[10,4],[10,0]]: inertia 6 instead of 16.
import { kMeans as reference, predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  const result = reference(points, options);
  let inertia = 0;
  points.forEach((p, i) => {
    const c = result.centroids[result.labels[i]!]!;
    inertia += Math.sqrt(p.reduce((s, v, t) => s + (v - c[t]!) ** 2, 0)); // BUG: no square
  });
  return { ...result, inertia };
}
