/** Mistake: the exponential gain is 2^rel instead of 2^rel − 1, so an irrelevant candidate gains 1. */
// With gain "exponential", every candidate of relevance 0 adds 1 / log2(rank + 1): NDCG is pulled towards 1 and a
// query with nothing relevant is no longer 0.
import {
  cutOf, idealDcg, meanOf, orderedDcg, ratio, referenceDcg, tieAveragedDcg,
  type DcgOptions, type Numbers, type Query,
} from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { hitRate, mrr } from "../ndcg.ts";

function gainsOf(relevance: Numbers, options?: DcgOptions): Float64Array {
  const exponential = options?.gain === "exponential";
  return Float64Array.from(relevance, (rel) => (exponential ? 2 ** rel : rel)); // BUG: 2^rel, not 2^rel - 1
}

export function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceDcg(relevance, scores, options); // validates the contract
  const gains = gainsOf(relevance, options);
  const cut = cutOf(options, gains.length);
  return options?.ignoreTies ? orderedDcg(gains, scores, cut) : tieAveragedDcg(gains, scores, cut);
}

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  return ratio(dcg(relevance, scores, options), idealDcg(gainsOf(relevance, options), cutOf(options, relevance.length)));
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
