/** Mistake: sorts string keys with localeCompare (as danfojs' sortValues, which upper-cases them, also does), so "a" comes before "B". */
// pandas sorts keys by code point: "B" < "U1" < "a" < "u10". localeCompare orders by the locale's collation,
// case last ("a" < "B" < "U1"), and danfojs' sortValues compares toUpperCase() copies. Nothing in the fixture
// shows it: its users, categories and ids are all lower case.
import { DataFrame } from "danfojs-node";
import * as reference from "../click-logs.ts";

export const SESSION_GAP_SECONDS = reference.SESSION_GAP_SECONDS;
export const fillDwell = reference.fillDwell;

/** The reference's rows, re-sorted (stably) by the given key columns with localeCompare. */
function resorted(result: DataFrame, keys: string[]): DataFrame {
  if (result.shape[0] === 0) return result;
  const columns = [...result.columns];
  const at = keys.map((key) => columns.indexOf(key));
  const rows = (result.values as (string | number)[][]).map((row) => [...row]);
  rows.sort((a, b) => {
    for (const i of at) {
      const x = a[i]!;
      const y = b[i]!;
      // BUG: locale order, not code-unit order
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      if (order !== 0) return order;
    }
    return 0;
  });
  return new DataFrame(rows, { columns });
}

export function ctrByUser(clicks: DataFrame): DataFrame {
  return resorted(reference.ctrByUser(clicks), ["user_id"]);
}

export function dwellByCategory(clicks: DataFrame, items: DataFrame): DataFrame {
  return resorted(reference.dwellByCategory(clicks, items), ["category"]);
}

export function topItemsByCategory(clicks: DataFrame, items: DataFrame, n: number): DataFrame {
  return resorted(reference.topItemsByCategory(clicks, items, n), ["category", "rank"]);
}

export function sessionize(clicks: DataFrame, gapSeconds: number = SESSION_GAP_SECONDS): DataFrame {
  return resorted(reference.sessionize(clicks, gapSeconds), ["user_id", "session"]);
}
