/**
 * Kata: K-Means (Lloyd's algorithm with k-means++ seeding). Read README.md in this folder first.
 *
 * Implement both functions below, then run `npm run grade -- kmeans`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 * A seeded generator is available: `import seedrandom from "seedrandom";` then `const rng = seedrandom(String(seed));`
 * (rng() returns a float in [0, 1)). Any other seeded generator is fine too; Math.random is not (it has no seed).
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** n rows of d finite numbers each (n >= 1, d >= 1). Never modified. */
export type Points = ReadonlyArray<ReadonlyArray<number>>;

/** "k-means++" (default), "random" (k distinct points), or the k initial centres themselves (k rows of d numbers). */
export type KMeansInit = "k-means++" | "random" | ReadonlyArray<ReadonlyArray<number>>;

export interface KMeansOptions {
  /** Number of clusters: an integer in [1, n]. */
  k: number;
  /** Seed of the random generator used to choose the initial centres. An integer; default 0. */
  seed?: number;
  /** How the initial centres are chosen. Default "k-means++". */
  init?: KMeansInit;
  /** Maximum number of Lloyd iterations, an integer >= 0. Default 300. With 0, the initial centres are returned. */
  maxIter?: number;
  /** Stop when the total squared centre shift is <= tol × (mean per-feature variance of the points). Default 1e-4. */
  tol?: number;
}

export interface KMeansResult {
  /** k rows of d numbers: the final centres (with maxIter 0: the initial centres, in the order they were chosen). */
  centroids: number[][];
  /** For each point, the index of its nearest centroid in `centroids` (ties go to the lowest index). */
  labels: number[];
  /** Sum over the points of the squared distance to centroids[labels[i]]. */
  inertia: number;
  /** Number of Lloyd iterations performed, 0..maxIter. */
  iterations: number;
  /** true if the stopping rule was met, false if maxIter ran out first. */
  converged: boolean;
}

/**
 * Clusters `points` into `options.k` clusters with Lloyd's algorithm (see README.md for the exact conventions:
 * seeding, ties, empty clusters, stopping rule).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function kMeans(points: Points, options: KMeansOptions): KMeansResult {
  throw new NotImplementedError("kMeans");
}

/**
 * The index of the nearest centroid for each point (squared Euclidean distance; ties go to the lowest index).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function predict(centroids: Points, points: Points): number[] {
  throw new NotImplementedError("predict");
}
