/** Mistake: the ideal DCG sums the whole ideal list instead of cutting it at the same K as the DCG. */
// NDCG@K comes out too low whenever relevant candidates remain past K: 0.80687 instead of 0.97778 for NDCG@3 on
// relevance [3, 2, 3, 0, 1, 2] in score order, and a perfect top K no longer scores 1.
import {
  cutOf, gainsOf, idealDcg, meanOf, ratio, referenceNdcg,
  type DcgOptions, type Numbers, type Query,
} from "./lib/common.ts";
import { dcg } from "../ndcg.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { dcg, hitRate, mrr } from "../ndcg.ts";

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceNdcg(relevance, scores, options); // validates the contract
  const gains = gainsOf(relevance, options?.gain);
  const ideal = idealDcg(gains, gains.length); // BUG: not cut at k
  return ratio(dcg(relevance, scores, options), ideal);
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
