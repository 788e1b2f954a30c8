/** Mistake: an empty cluster keeps its old centre instead of being re-seeded at the farthest point (ml-kmeans). */
// X=[0,1,10,14], init [.5,10.5,100] -> [.5,12,100], inertia 8.5 (scikit-learn: [.5,10,14], inertia .5).
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { lloydWithBugs } from "./lib/lloyd.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return lloydWithBugs(points, options, { emptyCluster: "keep" });
}
