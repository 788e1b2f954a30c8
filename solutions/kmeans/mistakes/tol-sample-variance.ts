/** Mistake: tol is scaled by the sample variance of the features (dividing by n − 1), not the population variance (n). */
// [[0],[1]], k = 1, init [[0]], tol 0.75: the threshold is 0.75 × 0.5 = 0.375 instead of 0.75 × 0.25, so the first
// shift (0.25) stops the loop after 1 iteration; scikit-learn (np.var, ddof = 0) and the prompt take 2.
import { predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";
import { lloydWithBugs } from "./lib/lloyd.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  return lloydWithBugs(points, options, { sampleVariance: true });
}
