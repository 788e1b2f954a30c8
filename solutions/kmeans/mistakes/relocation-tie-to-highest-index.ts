/** Mistake: when an empty cluster is re-seeded, a tie for the farthest point goes to the highest point index (`>=`), not the lowest. */
// X=[0,2,10,12], init [1,11,100], maxIter 1: every point is at squared distance 1, so cluster 2 should take point 0
// (centres [2,11,0]); `>=` takes point 3 (centres [1,10,12]).
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { lloydWithBugs } from "./lib/lloyd.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return lloydWithBugs(points, options, { relocationTiesToHighest: true });
}
