/** Mistake: an assignment tie goes to the highest centre index (`<=` instead of `<` when keeping the best). */
// X=[0,1,2], init [0,2], maxIter 1: the point 1 joins cluster 1, giving centres [0,1.5] instead of [.5,2].
import type { KMeansInit, KMeansOptions, KMeansResult, Points } from "../kmeans.ts";
import { lloydWithBugs } from "./lib/lloyd.ts";
import { predict as reference } from "../kmeans.ts";

export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return lloydWithBugs(points, options, { tiesToHighest: true });
}

export function predict(centroids: Points, points: Points): number[] {
  reference(centroids, points); // validates
  return points.map((p) => {
    let best = 0;
    let bestD = Infinity;
    centroids.forEach((c, j) => {
      const dj = c.reduce((s, v, t) => s + (v - p[t]!) ** 2, 0);
      if (dj <= bestD) {
        bestD = dj; // BUG: a later centre at the same distance wins
        best = j;
      }
    });
    return best;
  });
}
