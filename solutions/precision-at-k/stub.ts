/**
 * Kata: Precision@K, Recall@K, MAP@K and top-k selection. Read README.md in this folder first.
 *
 * Implement the five functions below, then run `npm run grade -- precision-at-k`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 */
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** An item id. Ids are compared like Set members (SameValueZero): 1 and "1" are different items. */
export type ItemId = string | number;
/** The relevant ids of one query: a Set or an array (a repeated id counts once). */
export type RelevantIds = ReadonlySet<ItemId> | readonly ItemId[];

export interface Query {
  /** Item ids in ranked order, best first. */
  ranked: readonly ItemId[];
  relevant: RelevantIds;
}

/** Finite numbers, higher is better. Plain arrays or typed arrays. */
export type Scores = ArrayLike<number>;

/**
 * Precision@K: the number of distinct relevant ids among the first k ranked ids, divided by k (always k, even
 * when fewer than k ids are ranked).
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function precisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  throw new NotImplementedError("precisionAtK");
}

/**
 * Recall@K: the number of distinct relevant ids among the first k ranked ids, divided by the number of distinct
 * relevant ids; 0 when nothing is relevant.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function recallAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  throw new NotImplementedError("recallAtK");
}

/**
 * AP@K as ml_metrics.apk defines it: the sum of precision@i over the ranks i <= k that hold a new relevant id,
 * divided by min(number of distinct relevant ids, k); 0 when nothing is relevant.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function averagePrecisionAtK(ranked: readonly ItemId[], relevant: RelevantIds, k: number): number {
  throw new NotImplementedError("averagePrecisionAtK");
}

/**
 * MAP@K: the mean of AP@K over all queries; a query with no relevant ids counts as 0.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function meanAveragePrecisionAtK(queries: readonly Query[], k: number): number {
  throw new NotImplementedError("meanAveragePrecisionAtK");
}

/**
 * Indices of the k highest scores, highest first; equal scores go to the lower index. All n indices when k > n.
 * O(n log k) time and O(k) extra space.
 *
 * @throws RangeError / TypeError for bad input (see README.md, "Errors").
 */
export function topK(scores: Scores, k: number): number[] {
  throw new NotImplementedError("topK");
}
