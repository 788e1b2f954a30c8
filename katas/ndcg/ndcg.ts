/**
 * Kata: NDCG, MRR and hit-rate. Read README.md in this folder first.
 *
 * Implement the five functions below, then run `npm run grade -- ndcg`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** Plain arrays or typed arrays of numbers. */
export type Numbers = ArrayLike<number>;

/** "linear": gain = relevance (scikit-learn). "exponential": gain = 2^relevance − 1. */
export type Gain = "linear" | "exponential";

export interface DcgOptions {
  /** Only the k best-ranked positions count (a positive integer). Default: all of them. */
  k?: number;
  /** Order equal scores by the lower index instead of averaging their gains. Default false. */
  ignoreTies?: boolean;
  /** Default "linear". */
  gain?: Gain;
}

/** One query: the relevance of each candidate (finite, >= 0) and the model's score of the same candidate. */
export interface Query {
  relevance: Numbers;
  scores: Numbers;
}

/**
 * DCG@k of one query, as scikit-learn's dcg_score: candidates ranked by score, highest first, the gain at rank r
 * divided by log2(r + 1); equal scores share their average gain (unless ignoreTies). 0 for an empty query.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  throw new NotImplementedError("dcg");
}

/**
 * NDCG@k of one query, as scikit-learn's ndcg_score: DCG@k divided by the DCG@k of the best possible order of the
 * whole list; 0 when that ideal DCG is 0 (nothing relevant).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  throw new NotImplementedError("ndcg");
}

/**
 * The mean of NDCG@k over the queries; a query with nothing relevant counts, as 0.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  throw new NotImplementedError("meanNdcg");
}

/**
 * Mean reciprocal rank: the mean over the queries of 1 / (rank of the best-ranked relevant candidate), equal
 * scores ordered by the lower index; a query counts 0 when nothing relevant is ranked within k (no k: anywhere).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function mrr(queries: readonly Query[], k?: number): number {
  throw new NotImplementedError("mrr");
}

/**
 * Hit-rate@k: the share of queries with at least one relevant candidate among their k best-ranked ones (equal
 * scores ordered by the lower index).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function hitRate(queries: readonly Query[], k: number): number {
  throw new NotImplementedError("hitRate");
}
