/** Mistake: takes fillDwell's frame-wide median over the logged-in users' values only, leaving out logged-out rows' dwell. */
// The grouping by user_id drops the rows without a user (as it should), and the fallback median is then taken
// over the grouped values. pandas' clicks["dwell_s"].median() is over every present value in the frame: on rows
// (null, 10), (u1, 2), (u2, missing) u2's row gets 6, not 2.
import { DataFrame } from "danfojs-node";
import { ctrByUser, dwellByCategory, fillDwell as referenceFill, sessionize, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, dwellByCategory, sessionize, topItemsByCategory, SESSION_GAP_SECONDS };

const missing = (v: unknown) => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function fillDwell(clicks: DataFrame): DataFrame {
  referenceFill(clicks); // validates the contract
  const users = clicks.column("user_id").values as unknown[];
  const dwell = clicks.column("dwell_s").values as unknown[];
  const byUser = new Map<unknown, number[]>();
  users.forEach((u, i) => {
    if (missing(u)) return; // logged out: no user
    const values = byUser.get(u) ?? [];
    if (!missing(dwell[i])) values.push(dwell[i] as number);
    byUser.set(u, values);
  });
  const everyone = [...byUser.values()].flat(); // BUG: the logged-out rows' dwell values are not in here
  const global = everyone.length > 0 ? median(everyone) : median(dwell.filter((d) => !missing(d)) as number[]);
  const userMedian = new Map([...byUser].filter(([, values]) => values.length > 0).map(([u, values]) => [u, median(values)]));
  const filled = dwell.map((d, i) => (missing(d) ? (userMedian.get(users[i]) ?? global) : d));
  const columns = Object.fromEntries(clicks.columns.map((name) => [name, name === "dwell_s" ? filled : [...(clicks.column(name).values as unknown[])]]));
  return new DataFrame(columns);
}
