/** Mistake: tied scores are ranked by index order instead of sharing their average gain (scikit-learn's default). */
// Gives 1.0 instead of 0.75 for NDCG@1 on relevance [10, 0, 0, 1, 5], scores [1, 0, 0, 0, 1]: the candidate of
// relevance 10 wins the tie because it comes first in the list.
import {
  cutOf, gainsOf, idealDcg, meanOf, orderedDcg, ratio, referenceDcg,
  type DcgOptions, type Numbers, type Query,
} from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { hitRate, mrr } from "../ndcg.ts";

export function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceDcg(relevance, scores, options); // validates the contract
  // BUG: ignoreTies or not, a sort by score decides the order inside a tie group
  return orderedDcg(gainsOf(relevance, options?.gain), scores, cutOf(options, relevance.length));
}

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  return ratio(dcg(relevance, scores, options), idealDcg(gainsOf(relevance, options?.gain), cutOf(options, relevance.length)));
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
