/** Mistake: the discount uses the natural log, 1 / ln(rank + 1), instead of 1 / log2(rank + 1). */
// NDCG does not see it (every discount is 1/ln 2 = 1.4427 times too large, which cancels in DCG / IDCG), DCG
// does: dcg([3,2,3,0,1,2], scores in that order) is 9.8985 instead of 6.8611 (dcg_score(..., log_base=np.e)).
import { metricsWithDiscount } from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { hitRate, mrr } from "../ndcg.ts";

const discount = (position: number): number => 1 / Math.log(position + 2); // BUG: Math.log is ln, not log2

export const { dcg, ndcg, meanNdcg } = metricsWithDiscount(discount);
