/** Mistake: fills dwell_s in clicks.copy(), but danfojs' copy() shares its rows, so the caller's frame changes too. */
// The returned values are right. danfojs 1.2.0's copy() copies the list of rows, not the rows; replacing a
// column then writes into the caller's row arrays (df.values), while the caller's df.column() view stays old.
import { DataFrame } from "danfojs-node";
import { ctrByUser, dwellByCategory, fillDwell as referenceFill, sessionize, topItemsByCategory, SESSION_GAP_SECONDS } from "../click-logs.ts";

export { ctrByUser, dwellByCategory, sessionize, topItemsByCategory, SESSION_GAP_SECONDS };

export function fillDwell(clicks: DataFrame): DataFrame {
  const filled = referenceFill(clicks).column("dwell_s").values as number[];
  const out = clicks.copy(); // BUG: a shallow copy in danfojs
  out.addColumn("dwell_s", filled, { inplace: true });
  return out;
}
