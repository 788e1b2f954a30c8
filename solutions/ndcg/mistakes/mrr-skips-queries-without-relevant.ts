/** Mistake: MRR averages over the queries that have a relevant candidate only, instead of over all queries. */
// The prompt's four queries give (1/3 + 1 + 1/5) / 3 = 0.5111 instead of 0.38333: a system is rewarded for the
// queries it has nothing for.
import { firstRelevantRank, referenceMrr, type Query } from "./lib/common.ts";

export type { DcgOptions, Gain, Numbers, Query } from "./lib/common.ts";
export { dcg, hitRate, meanNdcg, ndcg } from "../ndcg.ts";

export function mrr(queries: readonly Query[], k?: number): number {
  referenceMrr(queries, k); // validates the contract
  let total = 0;
  let counted = 0;
  for (const query of queries) {
    const rank = firstRelevantRank(query);
    if (rank === Infinity) continue; // BUG: the query should count, as 0
    counted++;
    if (rank <= (k ?? Infinity)) total += 1 / rank;
  }
  return counted === 0 ? 0 : total / counted;
}
