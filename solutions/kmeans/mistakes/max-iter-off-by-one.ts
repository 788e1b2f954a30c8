/** Mistake: the loop runs maxIter + 1 iterations (`<=` in the loop condition). */
import { kMeans as reference, predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  const correct = reference(points, options); // validates the contract
  if (options.maxIter === undefined) return correct;
  // BUG: `for (let it = 0; it <= maxIter; it++)` does one step too many.
  return reference(points, { ...options, maxIter: options.maxIter + 1 });
}
