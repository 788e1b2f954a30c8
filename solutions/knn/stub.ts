/**
 * Kata: k-nearest neighbours, classifier and regressor. Read README.md in this folder first.
 *
 * Implement the three functions below, then run `npm run grade -- knn`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** Points: an array of rows, each a plain array (or typed array) of the same length. */
export type Points = ReadonlyArray<ArrayLike<number>>;
/** "uniform": every neighbour counts 1; "distance": a neighbour counts 1 / its distance (see README.md for 0). */
export type Weights = "uniform" | "distance";

export interface KnnOptions {
  /** Number of neighbours, a positive integer (at most n, or n − 1 for leave-one-out). Default 5. */
  k?: number;
  /** Default "uniform". */
  weights?: Weights;
}

export interface Neighbours {
  /** indices[q]: the k training indices nearest to query q, nearest first (equal distances: lower index first). */
  indices: number[][];
  /** distances[q][j]: the Euclidean distance from query q to training point indices[q][j]. */
  distances: number[][];
}

/**
 * The k nearest training points of each query (Euclidean), nearest first, equal distances by lower training index.
 * `queries` null: leave-one-out, each training point against the others.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function kNeighbors(train: Points, queries: Points | null, k: number): Neighbours {
  throw new NotImplementedError("kNeighbors");
}

/**
 * The (weighted) majority label among each query's k nearest training points; a tie goes to the smallest label.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function knnClassify(train: Points, labels: ArrayLike<number>, queries: Points | null, options?: KnnOptions): number[] {
  throw new NotImplementedError("knnClassify");
}

/**
 * The (weighted) mean target of each query's k nearest training points.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function knnRegress(train: Points, targets: ArrayLike<number>, queries: Points | null, options?: KnnOptions): number[] {
  throw new NotImplementedError("knnRegress");
}
