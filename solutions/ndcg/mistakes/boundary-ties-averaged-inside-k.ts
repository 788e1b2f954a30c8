/** Mistake: a tie group that straddles position K is averaged over its members inside the top K only. */
// The top K is picked with ties to the lower index, then the ties are averaged within that list: the members of
// the last group that fell past K are forgotten. Relevance [0, 0, 1, 0], scores [.5, .5, .5, .1], k = 2: the
// group {0, 1, 2} should share 1/3 each, but {0, 1} share 0, so DCG@2 is 0 instead of 0.54364.
import {
  cutOf, gainsOf, idealDcg, log2Discount, meanOf, orderedDcg, ratio, referenceDcg, topIndices,
  type DcgOptions, type Numbers, type Query,
} from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { hitRate, mrr } from "../ndcg.ts";

export function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceDcg(relevance, scores, options); // validates the contract
  const gains = gainsOf(relevance, options?.gain);
  const cut = cutOf(options, gains.length);
  if (options?.ignoreTies) return orderedDcg(gains, scores, cut);
  const top = topIndices(scores, cut);
  let total = 0;
  for (let start = 0; start < top.length; ) {
    let end = start;
    let sum = 0;
    let discounts = 0;
    // BUG: the group is only what the top K holds of it
    while (end < top.length && scores[top[end]!] === scores[top[start]!]) {
      sum += gains[top[end]!]!;
      discounts += log2Discount(end++);
    }
    total += (sum / (end - start)) * discounts;
    start = end;
  }
  return total;
}

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  return ratio(dcg(relevance, scores, options), idealDcg(gainsOf(relevance, options?.gain), cutOf(options, relevance.length)));
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
