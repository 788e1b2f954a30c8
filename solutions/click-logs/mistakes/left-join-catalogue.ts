/** Mistake: joins clicks to items with a left join, so impressions of uncatalogued items form a category of their own. */
// pandas' groupby would drop the missing category anyway; danfojs' groupby keeps it as a group (here NaN).
import { DataFrame, merge } from "danfojs-node";
import { ctrByUser, dwellByCategory as referenceDwell, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS };

const missing = (v: unknown) => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));

export function dwellByCategory(clicks: DataFrame, items: DataFrame): DataFrame {
  referenceDwell(clicks, items); // validates the contract
  const joined = merge({ left: clicks, right: items, on: ["item_id"], how: "left" }); // BUG: keeps uncatalogued items
  const categories = joined.column("category").values as unknown[];
  const dwell = joined.column("dwell_s").values as unknown[];
  const stats = new Map<string, { impressions: number; count: number; sum: number; category: unknown }>();
  categories.forEach((category, i) => {
    const key = String(category);
    const s = stats.get(key) ?? { impressions: 0, count: 0, sum: 0, category };
    s.impressions++;
    if (!missing(dwell[i])) {
      s.count++;
      s.sum += dwell[i] as number;
    }
    stats.set(key, s);
  });
  const keys = [...stats.keys()].sort();
  return new DataFrame(
    keys.map((k) => {
      const s = stats.get(k)!;
      return [s.category, s.impressions, s.count, s.count === 0 ? Number.NaN : s.sum / s.count];
    }),
    { columns: ["category", "impressions", "dwell_count", "mean_dwell"] },
  );
}
