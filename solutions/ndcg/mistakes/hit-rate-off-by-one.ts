/** Mistake: hit-rate@K counts a hit only when the first relevant rank is below K, so rank K itself is a miss. */
// The 1-based rank is compared with `< k` (as a 0-based position would be): hitRate@3 of the prompt's queries is
// 0.25 instead of 0.5.
import { firstRelevantRank, referenceHitRate, type Query } from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { dcg, meanNdcg, mrr, ndcg } from "../ndcg.ts";

export function hitRate(queries: readonly Query[], k: number): number {
  referenceHitRate(queries, k); // validates the contract
  let hits = 0;
  for (const query of queries) if (firstRelevantRank(query) < k) hits++; // BUG: <= k
  return hits / queries.length;
}
