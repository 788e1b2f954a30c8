/**
 * An independent brute force of the five click-log tasks for the seeded random specs: plain rows in, the
 * expected table out, written straight from pandas' definitions (scripts/fixtures/golden/click_logs.py) with
 * arrays and repeated scans (quadratic, and fine for the few dozen rows of a random log). It shares nothing with
 * any solution: no Map-based grouping, no danfojs.
 */
import type { Table, Value } from "./frames.ts";

export type ClickRow = [timestamp: number, user: string | null, item: number, clicked: number, dwell: number | null];
export type ItemRow = [item: number, category: string, price: number];

const isMissing = (value: unknown) => value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));

/** pandas' key order: numbers numerically, strings by UTF-16 code unit (Python compares code points; equal for ASCII). */
function byKey(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function distinctSorted<K extends string | number>(keys: (K | null)[]): K[] {
  const out: K[] = [];
  for (const key of keys) if (key !== null && !out.includes(key)) out.push(key);
  return out.sort(byKey);
}

function meanOf(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  return Number.isInteger(half) ? (sorted[half - 1]! + sorted[half]!) / 2 : sorted[Math.floor(half)]!;
}

/** NaN cells become null in the expected table (frames.ts reads null in a nanColumn as "NaN exactly"). */
const cell = (value: number): Value => (Number.isNaN(value) ? null : value);

export function bruteCtr(rows: ClickRow[]): Table {
  const data = distinctSorted(rows.map((r) => r[1])).map((user) => {
    const mine = rows.filter((r) => r[1] === user);
    const clicks = mine.filter((r) => r[3] === 1).length;
    return [user, mine.length, clicks, clicks / mine.length];
  });
  return { columns: ["user_id", "impressions", "clicks", "ctr"], data };
}

function categoryOf(items: ItemRow[], item: number): string | null {
  return items.find((i) => i[0] === item)?.[1] ?? null;
}

export function bruteDwell(rows: ClickRow[], items: ItemRow[]): Table {
  const joined = rows.filter((r) => categoryOf(items, r[2]) !== null);
  const data = distinctSorted(joined.map((r) => categoryOf(items, r[2]))).map((category) => {
    const mine = joined.filter((r) => categoryOf(items, r[2]) === category);
    const present = mine.map((r) => r[4]).filter((d): d is number => !isMissing(d));
    return [category, mine.length, present.length, cell(meanOf(present))];
  });
  return { columns: ["category", "impressions", "dwell_count", "mean_dwell"], data };
}

export function bruteTop(rows: ClickRow[], items: ItemRow[], n: number): Table {
  const joined = rows.filter((r) => categoryOf(items, r[2]) !== null);
  const data: Value[][] = [];
  for (const category of distinctSorted(joined.map((r) => categoryOf(items, r[2])))) {
    const shown = distinctSorted(joined.filter((r) => categoryOf(items, r[2]) === category).map((r) => r[2]));
    const clicksOf = (item: number) => joined.filter((r) => r[2] === item && r[3] === 1).length;
    shown
      .sort((a, b) => clicksOf(b) - clicksOf(a) || a - b)
      .slice(0, n)
      .forEach((item, i) => data.push([category, i + 1, item, clicksOf(item)]));
  }
  return { columns: ["category", "rank", "item_id", "clicks"], data };
}

export function bruteFill(rows: ClickRow[]): number[] {
  const present = (subset: ClickRow[]) => subset.map((r) => r[4]).filter((d): d is number => !isMissing(d));
  const overall = medianOf(present(rows));
  return rows.map((r) => {
    if (!isMissing(r[4])) return r[4]!;
    const own = r[1] === null ? [] : present(rows.filter((s) => s[1] === r[1]));
    return own.length > 0 ? medianOf(own) : overall;
  });
}

export function bruteSessions(rows: ClickRow[], gap: number): Table {
  const data: Value[][] = [];
  for (const user of distinctSorted(rows.map((r) => r[1]))) {
    const events = rows.filter((r) => r[1] === user).sort((a, b) => a[0] - b[0]);
    let session = -1;
    let current: Value[] = [];
    events.forEach((event, i) => {
      if (i === 0 || event[0] - events[i - 1]![0] > gap) {
        session++;
        current = [user, session, event[0], event[0], 0, 0];
        data.push(current);
      }
      current[3] = event[0];
      current[4] = (current[4] as number) + 1;
      current[5] = (current[5] as number) + event[3];
    });
  }
  return { columns: ["user_id", "session", "start", "end", "events", "clicks"], data };
}
