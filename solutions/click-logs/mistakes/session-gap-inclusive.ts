/** Mistake: starts a new session when the gap is 30 minutes or more (>=), so a gap of exactly 1800 s splits a session. */
import { DataFrame } from "danfojs-node";
import { ctrByUser, dwellByCategory, fillDwell, sessionize as referenceSessions, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, dwellByCategory, fillDwell, topItemsByCategory, SESSION_GAP_SECONDS };

export function sessionize(clicks: DataFrame, gapSeconds: number = SESSION_GAP_SECONDS): DataFrame {
  referenceSessions(clicks, gapSeconds); // validates the contract
  const rows = (clicks.values as [number, string | null, number, number, number | null][])
    .filter((row) => row[1] !== null && row[1] !== undefined)
    .map(([t, user, , clicked]) => ({ t, user: user!, clicked }))
    .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : a.t - b.t));
  const out: (string | number)[][] = [];
  let current: (string | number)[] | undefined;
  let previous: { t: number; user: string } | undefined;
  for (const row of rows) {
    const sameUser = previous?.user === row.user;
    if (!current || !sameUser || row.t - previous!.t >= gapSeconds) { // BUG: >= instead of >
      current = [row.user, sameUser ? (current![1] as number) + 1 : 0, row.t, row.t, 0, 0];
      out.push(current);
    }
    current[3] = row.t;
    (current[4] as number)++;
    current[5] = (current[5] as number) + row.clicked;
    previous = row;
  }
  return new DataFrame(out, { columns: ["user_id", "session", "start", "end", "events", "clicks"] });
}
