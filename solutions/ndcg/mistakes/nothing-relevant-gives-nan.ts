/** Mistake: NDCG divides by an ideal DCG of 0 when nothing is relevant, giving NaN instead of 0. */
// 0 / 0 is NaN in JavaScript, and one NaN query makes the mean over every query NaN.
import {
  cutOf, gainsOf, idealDcg, meanOf, referenceNdcg,
  type DcgOptions, type Numbers, type Query,
} from "./lib/common.ts";
import { dcg } from "../ndcg.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { dcg, hitRate, mrr } from "../ndcg.ts";

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceNdcg(relevance, scores, options); // validates the contract
  const ideal = idealDcg(gainsOf(relevance, options?.gain), cutOf(options, relevance.length));
  return dcg(relevance, scores, options) / ideal; // BUG: no case for ideal = 0
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
