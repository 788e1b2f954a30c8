/** Mistake: ranks every candidate by counting how many score higher, which is O(n^2) per query. */
// The values are right (a candidate with `above` higher scores and `tied` equal ones shares the positions
// above .. above + tied - 1), but 1,000 candidates cost 10^6 comparisons per query: 10,000 queries take ~47 s.
import { cutOf, gainsOf, idealDcg, log2Discount, meanOf, ratio, referenceDcg, type DcgOptions, type Numbers, type Query } from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { hitRate, mrr } from "../ndcg.ts";

export function dcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  referenceDcg(relevance, scores, options); // validates the contract
  const gains = gainsOf(relevance, options?.gain);
  const n = gains.length;
  const cut = cutOf(options, n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let above = 0;
    let tied = 0;
    // BUG (complexity): a full scan per candidate
    for (let j = 0; j < n; j++) {
      if (scores[j]! > scores[i]!) above++;
      else if (scores[j] === scores[i] && (options?.ignoreTies ? j <= i : true)) tied++;
    }
    if (options?.ignoreTies) {
      const position = above + tied - 1; // equal scores by the lower index
      if (position < cut) total += gains[i]! * log2Discount(position);
      continue;
    }
    let discounts = 0;
    for (let p = above; p < Math.min(above + tied, cut); p++) discounts += log2Discount(p);
    total += (gains[i]! / tied) * discounts;
  }
  return total;
}

export function ndcg(relevance: Numbers, scores: Numbers, options?: DcgOptions): number {
  return ratio(dcg(relevance, scores, options), idealDcg(gainsOf(relevance, options?.gain), cutOf(options, relevance.length)));
}

export function meanNdcg(queries: readonly Query[], options?: DcgOptions): number {
  return meanOf(queries, options, ndcg);
}
