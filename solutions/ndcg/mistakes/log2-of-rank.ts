/** Mistake: the discount is 1 / log2(rank) instead of 1 / log2(rank + 1), so rank 1 divides by log2(1) = 0. */
// The loop runs over 0-based positions i and writes log2(i + 1): the top candidate gets 1 / 0 = Infinity, and a
// top candidate of gain 0 gives 0 · Infinity = NaN.
import { metricsWithDiscount } from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { hitRate, mrr } from "../ndcg.ts";

const discount = (i: number): number => 1 / Math.log2(i + 1); // BUG: i is 0-based, so this is log2(rank)

export const { dcg, ndcg, meanNdcg } = metricsWithDiscount(discount);
