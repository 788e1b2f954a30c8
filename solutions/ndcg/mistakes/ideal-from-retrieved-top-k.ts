/** Mistake: the ideal DCG re-sorts the retrieved top K instead of taking the K best gains of the whole list. */
// Gives 1.0 instead of 0.61315 for NDCG@2 on scores [.9, .8, .1], relevance [1, 0, 1]: the relevant candidate
// ranked third is missing from the "ideal".
import {
  cutOf, gainsOf, log2Discount, meanOf, orderedDcg, ratio, referenceNdcg, tieAveragedDcg, topIndices,
  type DcgOptions, type Numbers, type Query,
} from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { dcg, hitRate, mrr } from "../ndcg.ts";

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceNdcg(relevance, scores, options); // validates the contract
  const gains = gainsOf(relevance, options?.gain);
  const cut = cutOf(options, gains.length);
  const actual = options?.ignoreTies ? orderedDcg(gains, scores, cut) : tieAveragedDcg(gains, scores, cut);
  // BUG: the best order of what was retrieved, not of everything that could have been
  const retrieved = topIndices(scores, cut).map((i) => gains[i]!).sort((a, b) => b - a);
  const ideal = retrieved.reduce((sum, g, r) => sum + g * log2Discount(r), 0);
  return ratio(actual, ideal);
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
