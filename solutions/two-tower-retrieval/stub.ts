/**
 * Kata: two-tower retrieval, exact top-k and an IVF index. Read README.md in this folder first.
 *
 * Implement the functions below, then run `npm run grade -- two-tower-retrieval`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 * Your k-means from the kmeans kata may be reused for trainQuantizer (copy it in: each kata is one file).
 * A seeded generator is available: `import seedrandom from "seedrandom";` then `const rng = seedrandom(String(seed));`.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** Rows of equal length, each an array or a typed array of finite numbers. Never modified. */
export type Vectors = ReadonlyArray<ArrayLike<number>>;

/** "dot": q·x (the two-tower score). "cosine": q·x / (|q| |x|), 0 when either vector is zero. */
export type Metric = "dot" | "cosine";

export interface Neighbours {
  /** ids[q]: item indices for queries[q], best first (at most k of them). */
  ids: number[][];
  /** scores[q][j]: the score of ids[q][j]. */
  scores: number[][];
}

export interface ExactOptions {
  /** How many items per query: an integer >= 1 (all n items when k > n). */
  k: number;
  /** Default "dot". */
  metric?: Metric;
}

export interface QuantizerOptions {
  /** Seed of the k-means++ seeding: an integer, default 0. */
  seed?: number;
  /** Lloyd iterations after the seeding: an integer >= 0, default 10. */
  iterations?: number;
}

/**
 * An IVF-Flat index. The specs read only the four fields below; add whatever your search needs (the item vectors
 * of each list, flat centroids...).
 */
export interface IvfIndex {
  /** Dimension d of the vectors. */
  readonly dim: number;
  /** Number of items indexed (n). */
  readonly size: number;
  /** nlist rows of d numbers: the coarse quantizer (a copy of the centroids given to buildIvf). */
  readonly centroids: number[][];
  /** lists[c]: the ids of the items whose nearest centroid (squared L2) is c, ascending. */
  readonly lists: number[][];
}

export interface IvfOptions {
  /** How many items per query: an integer >= 1. */
  k: number;
  /** How many lists to scan per query: an integer in [1, nlist]. */
  nprobe: number;
}

export interface IvfSearchResult extends Neighbours {
  /** scanned[q]: how many items were scored for queries[q] (the total size of its probed lists). */
  scanned: number[];
}

export interface IvfEvaluation {
  /** Mean over the queries of |IVF top-k ∩ exact top-k| / |exact top-k|, the exact top-k over all n items. */
  recall: number;
  /** Mean over the queries of scanned / n. */
  scannedFraction: number;
}

/**
 * Exact top-k items per query by `metric` (default "dot"): highest score first, equal scores to the lower item
 * index.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function exactTopK(queries: Vectors, items: Vectors, options: ExactOptions): Neighbours {
  throw new NotImplementedError("exactTopK");
}

/**
 * The coarse quantizer: nlist centroids by k-means (k-means++ seeding from `seed`, then `iterations` Lloyd steps,
 * squared L2 distance).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function trainQuantizer(items: Vectors, nlist: number, options?: QuantizerOptions): number[][] {
  throw new NotImplementedError("trainQuantizer");
}

/**
 * An IVF index: every item goes to the list of its nearest centroid by squared L2 distance (ties to the lowest
 * centroid index).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function buildIvf(items: Vectors, centroids: Vectors): IvfIndex {
  throw new NotImplementedError("buildIvf");
}

/**
 * IVF search: per query, scan the nprobe lists whose centroids are nearest to it (squared L2) and return the top k
 * of their items by dot product (ties to the lower item id).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function searchIvf(index: IvfIndex, queries: Vectors, options: IvfOptions): IvfSearchResult {
  throw new NotImplementedError("searchIvf");
}

/**
 * Recall@k of searchIvf against the exact top-k by dot product over all the index's items, and the mean fraction
 * of the items scanned.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function evaluateIvf(index: IvfIndex, queries: Vectors, options: IvfOptions): IvfEvaluation {
  throw new NotImplementedError("evaluateIvf");
}
