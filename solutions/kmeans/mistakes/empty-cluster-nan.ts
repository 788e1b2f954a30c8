/** Mistake: an empty cluster's centre becomes the mean of no points (0/0 = NaN). */
// X=[0,1,10,14], init [.5,10.5,100]: the third centre is NaN.
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { lloydWithBugs } from "./lib/lloyd.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return lloydWithBugs(points, options, { emptyCluster: "nan" });
}
