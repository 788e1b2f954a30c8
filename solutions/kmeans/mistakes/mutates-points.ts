/** Mistake: the centres chosen by k-means++ are the caller's own rows (no copy), so each update overwrites the points. */
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { lloydWithBugs } from "./lib/lloyd.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return lloydWithBugs(points, options, { aliasCallerRows: true });
}
