/** Mistake: takes the upper middle value as the median of an even count instead of the mean of the two middle values. */
import { DataFrame } from "danfojs-node";
import { ctrByUser, dwellByCategory, fillDwell as referenceFill, sessionize, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, dwellByCategory, sessionize, topItemsByCategory, SESSION_GAP_SECONDS };

const missing = (v: unknown) => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!; // BUG: right only for odd counts
}

export function fillDwell(clicks: DataFrame): DataFrame {
  referenceFill(clicks); // validates the contract
  const users = clicks.column("user_id").values as unknown[];
  const dwell = clicks.column("dwell_s").values as unknown[];
  const present = dwell.filter((d) => !missing(d)) as number[];
  const global = median(present);
  const byUser = new Map<unknown, number[]>();
  users.forEach((u, i) => {
    if (missing(u) || missing(dwell[i])) return;
    byUser.set(u, [...(byUser.get(u) ?? []), dwell[i] as number]);
  });
  const userMedian = new Map([...byUser].map(([u, values]) => [u, median(values)]));
  const filled = dwell.map((d, i) => (missing(d) ? (userMedian.get(users[i]) ?? global) : d));
  const columns = Object.fromEntries(clicks.columns.map((name) => [name, name === "dwell_s" ? filled : [...(clicks.column(name).values as unknown[])]]));
  return new DataFrame(columns);
}
