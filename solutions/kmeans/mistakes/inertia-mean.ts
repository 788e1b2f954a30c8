/** Mistake: inertia is the mean squared distance (divided by n), not the sum. */
// Golden case X=[[1,2],[1,4],[1,0],[10,2],[10,4],[10,0]]: inertia 2.667 instead of 16.
import { kMeans as reference, predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  const result = reference(points, options);
  return { ...result, inertia: result.inertia / points.length }; // BUG: scikit-learn's inertia_ is a sum
}
