/** Alternative: danfojs' own merge, groupby sums/sizes and stable sortValues on numeric keys, with missing values handled first. */
// Written independently of the reference (no import from it). It leans on danfojs where its semantics match
// pandas — boolean-mask query, inner merge, groupby sums and sizes of complete columns, stable sortValues on numbers —
// and on row objects from dfd.toJSON for the median and session walks. The mean is sum(dwell, missing as 0) /
// sum(has_dwell), so danfojs never sees a missing value in an aggregate. It must pass every spec.
import * as dfd from "danfojs-node";
import { DataFrame, NDframe, Series } from "danfojs-node";

export const SESSION_GAP_SECONDS = 1800;

type Row = Record<string, unknown>;

const missing = (v: unknown): boolean => v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));

function check(value: unknown, name: string, needs: string[]): DataFrame {
  if (!(value instanceof NDframe) || !("column" in value)) throw new TypeError(`${name} is not a danfojs DataFrame`);
  const df = value as DataFrame;
  const absent = needs.find((c) => !df.columns.includes(c));
  if (absent) throw new TypeError(`${name} lacks the column ${absent}`);
  return df;
}

function checkClicks(value: unknown, needs: string[]): DataFrame {
  const df = check(value, "clicks", needs);
  if (df.shape[0] === 0) throw new RangeError("clicks is empty");
  const rows = dfd.toJSON(df) as Row[];
  rows.forEach((row, i) => {
    if (needs.includes("clicked") && row.clicked !== 0 && row.clicked !== 1) throw new RangeError(`row ${i}: clicked must be 0 or 1`);
    if (needs.includes("dwell_s") && !missing(row.dwell_s) && typeof row.dwell_s !== "number") throw new TypeError(`row ${i}: dwell_s is not a number`);
    if (needs.includes("item_id") && missing(row.item_id)) throw new RangeError(`row ${i}: item_id is missing`);
    if (needs.includes("timestamp") && !(typeof row.timestamp === "number" && Number.isFinite(row.timestamp))) {
      throw new RangeError(`row ${i}: timestamp is not a finite number`);
    }
  });
  return df;
}

function checkItems(value: unknown): DataFrame {
  const df = check(value, "items", ["item_id", "category"]);
  const seen = new Set<unknown>();
  for (const row of dfd.toJSON(df) as Row[]) {
    if (missing(row.item_id) || seen.has(row.item_id)) throw new RangeError(`items: item_id ${String(row.item_id)} is missing or repeated`);
    if (missing(row.category)) throw new RangeError(`items: item ${String(row.item_id)} has no category`);
    seen.add(row.item_id);
  }
  return df;
}

const byText = (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

function build(columns: string[], rows: unknown[][]): DataFrame {
  return rows.length === 0 ? new DataFrame([], { columns }) : new DataFrame(rows, { columns });
}

export function ctrByUser(clicks: DataFrame): DataFrame {
  const df = checkClicks(clicks, ["user_id", "clicked"]);
  const mask = new Series((df.column("user_id").values as unknown[]).map((u) => !missing(u)));
  const loggedIn = df.query(mask).loc({ columns: ["user_id", "clicked"] });
  if (loggedIn.shape[0] === 0) return build(["user_id", "impressions", "clicks", "ctr"], []);
  // clicked has no missing values (checked), so danfojs' count is the group size and its sum is right.
  const grouped = loggedIn.groupby(["user_id"]).agg({ clicked: ["count", "sum"] });
  const rows = (grouped.values as [string, number, number][]).map(([u, n, c]) => [u, n, c, c / n]).sort((a, b) => byText(a[0], b[0]));
  return build(["user_id", "impressions", "clicks", "ctr"], rows);
}

export function dwellByCategory(clicks: DataFrame, items: DataFrame): DataFrame {
  const df = checkClicks(clicks, ["item_id", "dwell_s"]);
  const catalogue = checkItems(items);
  const dwell = df.column("dwell_s").values as unknown[];
  const slim = new DataFrame(
    (df.column("item_id").values as unknown[]).map((id, i) => [id, missing(dwell[i]) ? 0 : dwell[i], missing(dwell[i]) ? 0 : 1]),
    { columns: ["item_id", "dwell_or_0", "has_dwell"] },
  );
  const joined = dfd.merge({ left: slim, right: catalogue.loc({ columns: ["item_id", "category"] }), on: ["item_id"], how: "inner" });
  const columns = ["category", "impressions", "dwell_count", "mean_dwell"];
  if (joined.shape[0] === 0) return build(columns, []);
  const grouped = joined.groupby(["category"]).agg({ has_dwell: ["count", "sum"], dwell_or_0: "sum" });
  const at = (name: string) => grouped.columns.indexOf(name);
  const rows = (grouped.values as unknown[][])
    .map((r) => {
      const count = r[at("has_dwell_sum")] as number;
      return [r[0], r[at("has_dwell_count")], count, count === 0 ? Number.NaN : (r[at("dwell_or_0_sum")] as number) / count];
    })
    .sort((a, b) => byText(a[0], b[0]));
  return build(columns, rows);
}

export function topItemsByCategory(clicks: DataFrame, items: DataFrame, n: number): DataFrame {
  const df = checkClicks(clicks, ["item_id", "clicked"]);
  const catalogue = checkItems(items);
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`n should be a positive integer, not ${n}`);
  const joined = dfd.merge({
    left: df.loc({ columns: ["item_id", "clicked"] }),
    right: catalogue.loc({ columns: ["item_id", "category"] }),
    on: ["item_id"],
    how: "inner",
  });
  const columns = ["category", "rank", "item_id", "clicks"];
  if (joined.shape[0] === 0) return build(columns, []);
  const perItem = joined.groupby(["category", "item_id"]).agg({ clicked: "sum" });
  // Stable sorts, least significant key first: item_id up, clicks down (danfojs' sortValues, numbers), then
  // category up by code unit in JS: sortValues compares strings case-insensitively ("a" before "B"), pandas not.
  const sorted = perItem.sortValues("item_id", { ascending: true }).sortValues("clicked_sum", { ascending: false });
  const byCategory = (sorted.values as unknown[][]).map((row) => [...row]).sort((a, b) => byText(a[0], b[0]));
  const rows: unknown[][] = [];
  let current: unknown;
  let rank = 0;
  for (const [category, itemId, clickCount] of byCategory) {
    rank = category === current ? rank + 1 : 1;
    current = category;
    if (rank <= n) rows.push([category, rank, itemId, clickCount]);
  }
  return build(columns, rows);
}

function medianOf(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

export function fillDwell(clicks: DataFrame): DataFrame {
  const df = checkClicks(clicks, ["user_id", "dwell_s"]);
  const rows = dfd.toJSON(df) as Row[]; // fresh objects: safe to edit
  const present = rows.filter((r) => !missing(r.dwell_s));
  if (present.length === 0) throw new RangeError("no dwell_s value at all: nothing to take a median of");
  const overall = medianOf(present.map((r) => r.dwell_s as number));
  const perUser = new Map<unknown, number[]>();
  for (const r of present) if (!missing(r.user_id)) perUser.set(r.user_id, [...(perUser.get(r.user_id) ?? []), r.dwell_s as number]);
  const medians = new Map([...perUser].map(([u, v]) => [u, medianOf(v)]));
  for (const r of rows) if (missing(r.dwell_s)) r.dwell_s = (missing(r.user_id) ? undefined : medians.get(r.user_id)) ?? overall;
  return new DataFrame(rows.map((r) => df.columns.map((c) => r[c])), { columns: [...df.columns] });
}

export function sessionize(clicks: DataFrame, gapSeconds: number = SESSION_GAP_SECONDS): DataFrame {
  const df = checkClicks(clicks, ["user_id", "timestamp", "clicked"]);
  if (!(typeof gapSeconds === "number" && gapSeconds > 0 && gapSeconds < Infinity)) throw new RangeError(`gapSeconds must be > 0, got ${gapSeconds}`);
  const events = (dfd.toJSON(df) as Row[])
    .filter((r) => !missing(r.user_id))
    .map((r) => ({ user: r.user_id, t: r.timestamp as number, c: r.clicked as number }))
    .sort((a, b) => byText(a.user, b.user) || a.t - b.t);
  const out: unknown[][] = [];
  let last: (typeof events)[number] | undefined;
  let session: unknown[] | undefined;
  for (const e of events) {
    if (!last || last.user !== e.user) session = [e.user, 0, e.t, e.t, 0, 0];
    else if (e.t - last.t > gapSeconds) session = [e.user, (session![1] as number) + 1, e.t, e.t, 0, 0];
    if (out[out.length - 1] !== session) out.push(session!);
    session![3] = e.t;
    (session![4] as number)++;
    session![5] = (session![5] as number) + e.c;
    last = e;
  }
  return build(["user_id", "session", "start", "end", "events", "clicks"], out);
}
