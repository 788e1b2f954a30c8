/** Mistake: tol is used as an absolute squared shift, not scaled by the mean feature variance of the points. */
// On the overlapping blobs scaled by 0.001 it stops after 2 iterations instead of 9.
import { kMeans as reference, predict, type KMeansInit, type KMeansOptions, type KMeansResult, type Points } from "../kmeans.ts";

export { predict };
export type { KMeansInit, KMeansOptions, KMeansResult, Points };

function meanVariance(points: Points): number {
  const n = points.length;
  const d = points[0]?.length ?? 0;
  let total = 0;
  for (let t = 0; t < d; t++) {
    const mean = points.reduce((s, p) => s + p[t]!, 0) / n;
    total += points.reduce((s, p) => s + (p[t]! - mean) ** 2, 0) / n;
  }
  return total / d;
}

export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  reference(points, options); // validates
  const variance = meanVariance(points);
  const tol = options.tol ?? 1e-4;
  // BUG: stop when shift <= tol, i.e. the reference's rule with tol / variance.
  return reference(points, { ...options, tol: variance > 0 ? tol / variance : tol });
}
