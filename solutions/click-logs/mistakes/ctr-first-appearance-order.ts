/** Mistake: returns users in order of first appearance (danfojs' groupby order) instead of sorted by user_id. */
import { DataFrame, Series } from "danfojs-node";
import { ctrByUser as referenceCtr, dwellByCategory, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { dwellByCategory, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS };

export function ctrByUser(clicks: DataFrame): DataFrame {
  referenceCtr(clicks); // validates the contract
  const loggedIn = clicks.query(new Series((clicks.column("user_id").values as unknown[]).map((u) => u !== null && u !== undefined)));
  const stats = loggedIn.groupby(["user_id"]).agg({ clicked: ["count", "sum"] }); // groups in order of first appearance
  // BUG: no sort by user_id afterwards (pandas' groupby sorts its keys).
  return new DataFrame(
    (stats.values as [string, number, number][]).map(([user, impressions, clickCount]) => [user, impressions, clickCount, clickCount / impressions]),
    { columns: ["user_id", "impressions", "clicks", "ctr"] },
  );
}
