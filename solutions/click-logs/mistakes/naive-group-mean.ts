/** Mistake: trusts danfojs' groupby mean and count on dwell_s, which average and count missing values as if present. */
// danfojs' group mean is sum / group length with a null adding 0 ({4, null, 2} -> 2, pandas 3) and a NaN making
// the whole mean NaN; its count() is the group length (pandas' count skips missing values).
import { DataFrame, merge } from "danfojs-node";
import { ctrByUser, dwellByCategory as referenceDwell, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS };

export function dwellByCategory(clicks: DataFrame, items: DataFrame): DataFrame {
  referenceDwell(clicks, items); // validates the contract
  const joined = merge({ left: clicks, right: items, on: ["item_id"], how: "inner" });
  const stats = joined.groupby(["category"]).agg({ dwell_s: ["count", "mean"] }); // BUG: missing values count
  const rows = (stats.values as [string, number, number][])
    .map(([category, count, mean]) => [category, count, count, mean] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new DataFrame(
    rows.map((row) => [...row]),
    { columns: ["category", "impressions", "dwell_count", "mean_dwell"] },
  );
}
