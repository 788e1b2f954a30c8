/** Mistake: sorts items by clicks only, so tied items keep their log order instead of the smaller item_id first. */
import { DataFrame } from "danfojs-node";
import { ctrByUser, dwellByCategory, fillDwell, sessionize, topItemsByCategory as referenceTop, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, dwellByCategory, fillDwell, sessionize, SESSION_GAP_SECONDS };

export function topItemsByCategory(clicks: DataFrame, items: DataFrame, n: number): DataFrame {
  referenceTop(clicks, items, n); // validates the contract
  const catalogue = new Map((items.values as [number, string][]).map(([id, category]) => [id, category]));
  const ids = clicks.column("item_id").values as number[];
  const clicked = clicks.column("clicked").values as number[];
  const perItem = new Map<number, number>(); // in order of first appearance
  ids.forEach((id, i) => {
    if (catalogue.has(id)) perItem.set(id, (perItem.get(id) ?? 0) + clicked[i]!);
  });
  const rows: (string | number)[][] = [];
  const categories = [...new Set([...perItem.keys()].map((id) => catalogue.get(id)!))].sort();
  for (const category of categories) {
    const ranked = [...perItem.entries()]
      .filter(([id]) => catalogue.get(id) === category)
      .sort((a, b) => b[1] - a[1]) // BUG: no tie rule; a stable sort leaves ties in log order
      .slice(0, n);
    ranked.forEach(([id, count], i) => rows.push([category, i + 1, id, count]));
  }
  return new DataFrame(rows, { columns: ["category", "rank", "item_id", "clicks"] });
}
