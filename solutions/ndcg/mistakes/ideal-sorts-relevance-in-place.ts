/** Mistake: the ideal DCG sorts the caller's relevance array in place instead of a copy. */
// relevance.sort((a, b) => b - a) returns the same array, now sorted: the caller's judgements are reordered, and
// a second call on the same query ranks the wrong candidates.
import { cutOf, gainsOf, log2Discount, meanOf, ratio, referenceNdcg, type DcgOptions, type Numbers, type Query } from "./lib/common.ts";
import { dcg } from "../ndcg.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { dcg, hitRate, mrr } from "../ndcg.ts";

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceNdcg(relevance, scores, options); // validates the contract
  const actual = dcg(relevance, scores, options);
  const sorted = (relevance as number[]).sort((a, b) => b - a); // BUG: sorts the caller's array
  const gains = gainsOf(sorted, options?.gain);
  let ideal = 0;
  for (let r = 0; r < cutOf(options, gains.length); r++) ideal += gains[r]! * log2Discount(r);
  return ratio(actual, ideal);
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
