/** Mistake: counts logged-out impressions (missing user_id) as one more user, as danfojs' groupby does by default. */
import { DataFrame } from "danfojs-node";
import { ctrByUser as referenceCtr, dwellByCategory, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { dwellByCategory, fillDwell, sessionize, topItemsByCategory, SESSION_GAP_SECONDS };

export function ctrByUser(clicks: DataFrame): DataFrame {
  referenceCtr(clicks); // validates the contract
  const users = clicks.column("user_id").values as (string | null)[];
  const clicked = clicks.column("clicked").values as number[];
  const stats = new Map<string | null, [number, number]>();
  users.forEach((user, i) => {
    const s = stats.get(user) ?? [0, 0]; // BUG: null is a key like any other
    s[0]++;
    s[1] += clicked[i]!;
    stats.set(user, s);
  });
  const ids = [...stats.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return new DataFrame(
    ids.map((id) => {
      const [impressions, clicks] = stats.get(id)!;
      return [id, impressions, clicks, clicks / impressions];
    }),
    { columns: ["user_id", "impressions", "clicks", "ctr"] },
  );
}
