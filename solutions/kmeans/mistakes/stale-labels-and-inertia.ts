/** Mistake: returns the labels and inertia of the last assignment step, computed before the centres last moved. */
// X=[[1,2],[1,4],[1,0],[10,2],[10,4],[10,0]], init [[1,1],[10,1]], maxIter 1: inertia 6 (for the old centres), not 16.
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { lloydWithBugs } from "./lib/lloyd.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return lloydWithBugs(points, options, { staleLabels: true });
}
