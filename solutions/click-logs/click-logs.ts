/**
 * Reference solution: the click-log round, with pandas' semantics, on danfojs DataFrames.
 *
 * Approach: danfojs carries the data in and out (columns read with `df.column(name).values`, results built with
 * `new DataFrame(...)`); the aggregations themselves are single passes over those columns with Maps. That is a
 * deliberate choice, not a shortcut: danfojs' own groupby averages missing values as if they were 0 (and counts
 * them), keeps missing keys as a group of their own, returns groups in order of first appearance, and several of
 * its "not in place" operations write into the caller's rows (see NOTES.md). Each task is O(n) plus a sort of
 * the groups (O(n log n) for the per-user sorts of fillDwell and sessionize).
 */
import { DataFrame, NDframe } from "danfojs-node";

/** A new session starts when the gap to the user's previous event is MORE than this (seconds). */
export const SESSION_GAP_SECONDS = 1800;

type Cell = string | number | boolean | null | undefined;
type Key = string | number;

// ---------------------------------------------------------------------------------------------------------------
// The contract: checks that name the problem.

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
}

/**
 * danfojs-node's `DataFrame` is a subclass of danfojs' base DataFrame, and readCSV, merge, sortValues & co. return
 * the base class: `instanceof DataFrame` would reject them. Any NDframe with columns (not a Series) will do.
 */
function isDataFrame(value: unknown): value is DataFrame {
  return value instanceof NDframe && typeof (value as Partial<DataFrame>).column === "function";
}

function requireFrame(value: unknown, name: string, columns: readonly string[]): DataFrame {
  if (!isDataFrame(value)) throw new TypeError(`${name} must be a danfojs DataFrame`);
  for (const column of columns) {
    if (!value.columns.includes(column)) {
      throw new TypeError(`${name} has no column "${column}" (it has: ${value.columns.join(", ")})`);
    }
  }
  return value;
}

function requireRows(frame: DataFrame, name: string): void {
  if (frame.shape[0] === 0) throw new RangeError(`${name} is empty: it needs at least one row`);
}

/**
 * A copy of one column's values. danfojs hands out its internal array: writing into it would change the
 * caller's frame, so never work on it directly.
 */
function columnOf(frame: DataFrame, column: string): Cell[] {
  return [...(frame.column(column).values as Cell[])];
}

function keyColumn(frame: DataFrame, name: string, column: string, allowMissing: boolean): (Key | null)[] {
  return columnOf(frame, column).map((value, row) => {
    if (isMissing(value)) {
      if (allowMissing) return null;
      throw new RangeError(`${name}.${column} is missing at row ${row}`);
    }
    if (typeof value !== "string" && typeof value !== "number") {
      throw new TypeError(`${name}.${column} at row ${row} is ${typeof value}; expected a string or a number`);
    }
    return value;
  });
}

function clickedColumn(clicks: DataFrame): number[] {
  return columnOf(clicks, "clicked").map((value, row) => {
    if (value !== 0 && value !== 1) throw new RangeError(`clicks.clicked at row ${row} is ${String(value)}; it must be 0 or 1`);
    return value;
  });
}

function dwellColumn(clicks: DataFrame): (number | null)[] {
  return columnOf(clicks, "dwell_s").map((value, row) => {
    if (isMissing(value)) return null;
    if (typeof value !== "number") {
      throw new TypeError(`clicks.dwell_s at row ${row} is ${typeof value}; expected a number or a missing value`);
    }
    return value;
  });
}

function timestampColumn(clicks: DataFrame): number[] {
  return columnOf(clicks, "timestamp").map((value, row) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new RangeError(`clicks.timestamp at row ${row} is ${String(value)}; it must be a finite number of seconds`);
    }
    return value;
  });
}

/** The catalogue as item_id -> category; an item listed twice would duplicate its impressions in a join. */
function categoryByItem(items: unknown): Map<Key, Key> {
  const frame = requireFrame(items, "items", ["item_id", "category"]);
  const ids = keyColumn(frame, "items", "item_id", false);
  const categories = keyColumn(frame, "items", "category", false);
  const catalogue = new Map<Key, Key>();
  ids.forEach((id, row) => {
    if (catalogue.has(id!)) throw new RangeError(`items.item_id ${id} appears twice (row ${row}); item ids must be unique`);
    catalogue.set(id!, categories[row]!);
  });
  return catalogue;
}

// ---------------------------------------------------------------------------------------------------------------
// Small tools.

/** pandas orders keys by value: numbers numerically, strings by code unit (not case-insensitively). */
function compareKeys(a: Key, b: Key): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Median of a non-empty list; an even count averages the two middle values (as pandas does). */
function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function groupRows<K>(keys: readonly (K | null)[]): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  keys.forEach((key, row) => {
    if (key === null) return; // like pandas' groupby(dropna=True): a missing key belongs to no group
    const rows = groups.get(key);
    if (rows) rows.push(row);
    else groups.set(key, [row]);
  });
  return groups;
}

/** A new frame from named columns (insertion order); danfojs cannot build an empty frame from empty columns. */
function frameOf(columns: Record<string, Cell[]>, index?: (string | number)[]): DataFrame {
  const names = Object.keys(columns);
  if ((columns[names[0]!] ?? []).length === 0) return new DataFrame([], { columns: names });
  return index ? new DataFrame(columns, { index }) : new DataFrame(columns);
}

// ---------------------------------------------------------------------------------------------------------------
// The five tasks.

export function ctrByUser(clicks: DataFrame): DataFrame {
  const frame = requireFrame(clicks, "clicks", ["user_id", "clicked"]);
  requireRows(frame, "clicks");
  const users = keyColumn(frame, "clicks", "user_id", true);
  const clicked = clickedColumn(frame);
  const groups = groupRows(users);
  const ids = [...groups.keys()].sort(compareKeys);
  const impressions = ids.map((id) => groups.get(id)!.length);
  const clickCounts = ids.map((id) => groups.get(id)!.reduce((sum, row) => sum + clicked[row]!, 0));
  return frameOf({
    user_id: ids,
    impressions,
    clicks: clickCounts,
    ctr: ids.map((_, i) => clickCounts[i]! / impressions[i]!),
  });
}

export function dwellByCategory(clicks: DataFrame, items: DataFrame): DataFrame {
  const frame = requireFrame(clicks, "clicks", ["item_id", "dwell_s"]);
  requireRows(frame, "clicks");
  const catalogue = categoryByItem(items);
  const itemIds = keyColumn(frame, "clicks", "item_id", false);
  const dwell = dwellColumn(frame);
  // Inner join: an impression of an item missing from the catalogue has no category and is left out.
  const groups = groupRows(itemIds.map((id) => catalogue.get(id!) ?? null));
  const categories = [...groups.keys()].sort(compareKeys);
  const impressions: number[] = [];
  const dwellCounts: number[] = [];
  const means: number[] = [];
  for (const category of categories) {
    const rows = groups.get(category)!;
    // Skip missing values in both the sum and the count (pandas' mean); 0 / 0 gives NaN for an all-missing group.
    let sum = 0;
    let count = 0;
    for (const row of rows) {
      const value = dwell[row];
      if (value === null || value === undefined) continue;
      sum += value;
      count++;
    }
    impressions.push(rows.length);
    dwellCounts.push(count);
    means.push(count === 0 ? Number.NaN : sum / count);
  }
  return frameOf({ category: categories, impressions, dwell_count: dwellCounts, mean_dwell: means });
}

export function topItemsByCategory(clicks: DataFrame, items: DataFrame, n: number): DataFrame {
  const frame = requireFrame(clicks, "clicks", ["item_id", "clicked"]);
  requireRows(frame, "clicks");
  const catalogue = categoryByItem(items);
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
    throw new RangeError(`n must be a positive integer (got ${String(n)})`);
  }
  const itemIds = keyColumn(frame, "clicks", "item_id", false);
  const clicked = clickedColumn(frame);
  const clicksByItem = new Map<Key, number>();
  itemIds.forEach((id, row) => {
    if (catalogue.has(id!)) clicksByItem.set(id!, (clicksByItem.get(id!) ?? 0) + clicked[row]!);
  });
  const idsByCategory = new Map<Key, Key[]>();
  for (const id of clicksByItem.keys()) {
    const category = catalogue.get(id)!;
    const ids = idsByCategory.get(category);
    if (ids) ids.push(id);
    else idsByCategory.set(category, [id]);
  }
  const out: Record<"category" | "rank" | "item_id" | "clicks", Cell[]> = { category: [], rank: [], item_id: [], clicks: [] };
  for (const category of [...idsByCategory.keys()].sort(compareKeys)) {
    // The tie rule is part of the answer: clicks descending, then item_id ascending (numerically).
    const ranked = idsByCategory
      .get(category)!
      .sort((a, b) => clicksByItem.get(b)! - clicksByItem.get(a)! || compareKeys(a, b))
      .slice(0, n);
    ranked.forEach((id, i) => {
      out.category.push(category);
      out.rank.push(i + 1);
      out.item_id.push(id);
      out.clicks.push(clicksByItem.get(id)!);
    });
  }
  return frameOf(out);
}

export function fillDwell(clicks: DataFrame): DataFrame {
  const frame = requireFrame(clicks, "clicks", ["user_id", "dwell_s"]);
  requireRows(frame, "clicks");
  const users = keyColumn(frame, "clicks", "user_id", true);
  const dwell = dwellColumn(frame);
  const present = dwell.filter((value): value is number => value !== null);
  if (present.length === 0) throw new RangeError("clicks.dwell_s is missing on every row: there is no median to fill with");
  const globalMedian = median(present);
  const userMedian = new Map<Key, number>();
  for (const [user, rows] of groupRows(users)) {
    const values = rows.map((row) => dwell[row]).filter((value): value is number => value !== null && value !== undefined);
    if (values.length > 0) userMedian.set(user, median(values));
  }
  const filled = dwell.map((value, row) => {
    if (value !== null) return value;
    const user = users[row];
    return (user === null || user === undefined ? undefined : userMedian.get(user)) ?? globalMedian;
  });
  // A new frame built from copies of every column: danfojs' copy() shares its row arrays with the original.
  const columns: Record<string, Cell[]> = {};
  for (const name of frame.columns) columns[name] = name === "dwell_s" ? filled : columnOf(frame, name);
  return frameOf(columns, [...frame.index]);
}

export function sessionize(clicks: DataFrame, gapSeconds: number = SESSION_GAP_SECONDS): DataFrame {
  const frame = requireFrame(clicks, "clicks", ["user_id", "timestamp", "clicked"]);
  requireRows(frame, "clicks");
  if (typeof gapSeconds !== "number" || !Number.isFinite(gapSeconds) || gapSeconds <= 0) {
    throw new RangeError(`gapSeconds must be a positive number of seconds (got ${String(gapSeconds)})`);
  }
  const users = keyColumn(frame, "clicks", "user_id", true);
  const timestamps = timestampColumn(frame);
  const clicked = clickedColumn(frame);
  const groups = groupRows(users);
  const out: Record<"user_id" | "session" | "start" | "end" | "events" | "clicks", Cell[]> = {
    user_id: [],
    session: [],
    start: [],
    end: [],
    events: [],
    clicks: [],
  };
  for (const user of [...groups.keys()].sort(compareKeys)) {
    // The log is not in time order: sort each user's events by time before measuring gaps.
    const rows = groups.get(user)!.sort((a, b) => timestamps[a]! - timestamps[b]!);
    let session = 0;
    let start = timestamps[rows[0]!]!;
    let previous = start;
    let events = 0;
    let clickCount = 0;
    const close = () => {
      out.user_id.push(user);
      out.session.push(session);
      out.start.push(start);
      out.end.push(previous);
      out.events.push(events);
      out.clicks.push(clickCount);
    };
    for (const row of rows) {
      const t = timestamps[row]!;
      if (t - previous > gapSeconds) {
        // Strictly more than the gap: exactly gapSeconds apart is still the same session.
        close();
        session++;
        start = t;
        events = 0;
        clickCount = 0;
      }
      previous = t;
      events++;
      clickCount += clicked[row]!;
    }
    close();
  }
  return frameOf(out);
}
