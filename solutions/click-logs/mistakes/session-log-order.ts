/** Mistake: measures gaps in log order, assuming the log is sorted by time (it is three shards concatenated). */
import { DataFrame } from "danfojs-node";
import { ctrByUser, dwellByCategory, fillDwell, sessionize as referenceSessions, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, dwellByCategory, fillDwell, topItemsByCategory, SESSION_GAP_SECONDS };

export function sessionize(clicks: DataFrame, gapSeconds: number = SESSION_GAP_SECONDS): DataFrame {
  referenceSessions(clicks, gapSeconds); // validates the contract
  const users = clicks.column("user_id").values as (string | null)[];
  const times = clicks.column("timestamp").values as number[];
  const clicked = clicks.column("clicked").values as number[];
  const sessions = new Map<string, { start: number; end: number; events: number; clicks: number }[]>();
  users.forEach((user, i) => {
    if (user === null || user === undefined) return;
    const list = sessions.get(user) ?? [];
    const last = list[list.length - 1];
    // BUG: no sort by time; "the previous event" is the previous row of the log.
    if (!last || times[i]! - last.end > gapSeconds) list.push({ start: times[i]!, end: times[i]!, events: 0, clicks: 0 });
    const s = list[list.length - 1]!;
    s.start = Math.min(s.start, times[i]!);
    s.end = times[i]!;
    s.events++;
    s.clicks += clicked[i]!;
    sessions.set(user, list);
  });
  const out: (string | number)[][] = [];
  for (const user of [...sessions.keys()].sort()) {
    sessions.get(user)!.forEach((s, i) => out.push([user, i, s.start, s.end, s.events, s.clicks]));
  }
  return new DataFrame(out, { columns: ["user_id", "session", "start", "end", "events", "clicks"] });
}
