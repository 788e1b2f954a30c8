/**
 * Frame helpers for the click-logs specs: build danfojs frames from plain rows, compare a returned frame with the
 * expected table (by key, with a numeric tolerance, naming the rows and columns that differ), and check that the
 * caller's frames were left exactly as they were.
 */
import { DataFrame, NDframe } from "danfojs-node";
import { abridge, fail } from "../../../scripts/kit/index.ts";

/** A cell of an expected table; null is a missing value (NaN exactly in `nanColumns`; JSON has no NaN). */
export type Value = string | number | null;

export interface Table {
  columns: string[];
  data: Value[][];
}

/** Golden files (fixtures/click-logs/golden/*.json) add the pandas version and expression to the table. */
export interface GoldenTable extends Table {
  pandas: string;
  expression: string;
}

/** Relative tolerance for numbers (absolute below 1): |actual - expected| <= TOLERANCE * max(1, |expected|). */
export const TOLERANCE = 1e-9;

const SHOWN = 5;

export function isFrame(value: unknown): value is DataFrame {
  // danfojs' operations (and readCSV) return its base DataFrame class, not danfojs-node's subclass.
  return value instanceof NDframe && typeof (value as Partial<DataFrame>).column === "function";
}

/** A danfojs DataFrame from plain rows (arrays), as the specs give them to the code under test. */
export function frame(columns: string[], rows: unknown[][]): DataFrame {
  if (rows.length === 0) return new DataFrame([], { columns });
  // Fresh row arrays: danfojs keeps the arrays it is given as its rows.
  return new DataFrame(
    rows.map((row) => [...row]),
    { columns },
  );
}

function render(value: unknown): string {
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return abridge(value, 60);
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
}

function sameCell(actual: unknown, expected: Value, tolerance: number, nan: boolean): boolean {
  if (expected === null) return nan ? typeof actual === "number" && Number.isNaN(actual) : isMissing(actual);
  if (typeof expected === "string") return actual === expected;
  if (typeof actual !== "number" || Number.isNaN(actual)) return false;
  return actual === expected || Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

function describeExpected(expected: Value, nan: boolean): string {
  return expected === null ? (nan ? "NaN" : "missing") : render(expected);
}

export interface CompareOptions {
  /** What is being compared, e.g. "ctrByUser(clicks)". */
  what: string;
  /** Columns that identify a row (e.g. ["user_id"]); none: rows are matched by position. */
  key: string[];
  /** How the rows must be ordered, in words (e.g. "by user_id"). */
  order: string;
  /** Columns where an expected null means NaN exactly (pandas' mean of nothing); elsewhere any missing value. */
  nanColumns?: string[];
  tolerance?: number;
}

/**
 * Requires `actual` to be a DataFrame with exactly the expected columns (in order), the expected rows (matched by
 * key), every cell within the tolerance (NaN where null is expected), and the rows in the expected order.
 */
export function expectTable(actual: unknown, expected: Table, options: CompareOptions): void {
  const { what, key, order } = options;
  const tolerance = options.tolerance ?? TOLERANCE;
  if (!isFrame(actual)) fail(`${what} should return a danfojs DataFrame`, "a DataFrame", actual);

  const columns = [...actual.columns];
  if (columns.length !== expected.columns.length || columns.some((c, i) => c !== expected.columns[i])) {
    fail(`${what} should have exactly the columns ${expected.columns.join(", ")}, in this order`, expected.columns, columns);
  }
  const rows = actual.shape[0] === 0 ? [] : (actual.values as unknown[][]);
  const keyIndex = key.map((name) => expected.columns.indexOf(name));
  const positions = new Map<readonly unknown[], number>();
  expected.data.forEach((row, i) => positions.set(row, i));
  rows.forEach((row, i) => positions.set(row, i));
  const keyOf = (row: readonly unknown[]) =>
    key.length === 0 ? `row ${positions.get(row)}` : keyIndex.map((i, k) => `${key[k]}=${render(row[i])}`).join(", ");

  const expectedByKey = new Map(expected.data.map((row) => [keyOf(row), row]));
  const actualByKey = new Map<string, unknown[]>();
  for (const row of rows) {
    const k = keyOf(row);
    if (actualByKey.has(k)) fail(`${what}: the row ${k} appears more than once`, `one row per ${key.join(", ")}`, `${k} twice`);
    actualByKey.set(k, row);
  }
  const missing = [...expectedByKey.keys()].filter((k) => !actualByKey.has(k));
  const unexpected = [...actualByKey.keys()].filter((k) => !expectedByKey.has(k));
  if (missing.length > 0 || unexpected.length > 0) {
    const list = (keys: string[]) => keys.slice(0, SHOWN).map((k) => `(${k})`).join(" ") + (keys.length > SHOWN ? ` … ${keys.length - SHOWN} more` : "");
    const parts = [];
    if (missing.length > 0) parts.push(`${missing.length} missing: ${list(missing)}`);
    if (unexpected.length > 0) parts.push(`${unexpected.length} unexpected: ${list(unexpected)}`);
    fail(
      `${what} has the wrong rows (${parts.join("; ")})`,
      `${expected.data.length} rows`,
      `${rows.length} rows; ${parts.join("; ")}`,
    );
  }

  const differences: { where: string; expected: string; actual: string }[] = [];
  for (const row of expected.data) {
    const got = actualByKey.get(keyOf(row))!;
    expected.columns.forEach((column, i) => {
      const nan = options.nanColumns?.includes(column) ?? false;
      if (!sameCell(got[i], row[i]!, tolerance, nan)) {
        differences.push({ where: `(${keyOf(row)}) ${column}`, expected: describeExpected(row[i]!, nan), actual: render(got[i]) });
      }
    });
  }
  if (differences.length > 0) {
    const shown = differences.slice(0, SHOWN);
    const more = differences.length > SHOWN ? ` … ${differences.length - SHOWN} more` : "";
    fail(
      `${what}: ${differences.length} cell(s) differ (numbers within ${tolerance} relative), first at ${shown[0]!.where}`,
      shown.map((d) => `${d.where} = ${d.expected}`).join("; ") + more,
      shown.map((d) => `${d.where} = ${d.actual}`).join("; ") + more,
    );
  }

  const expectedOrder = expected.data.map(keyOf);
  const actualOrder = rows.map(keyOf);
  const firstOut = expectedOrder.findIndex((k, i) => k !== actualOrder[i]);
  if (firstOut !== -1) {
    fail(
      `${what}: the rows are not sorted ${order} (first difference at row ${firstOut})`,
      expectedOrder.slice(firstOut, firstOut + SHOWN).map((k) => `(${k})`).join(" "),
      actualOrder.slice(firstOut, firstOut + SHOWN).map((k) => `(${k})`).join(" "),
    );
  }
}

/** Everything a caller can observe of a frame, deep-copied. */
export interface FrameState {
  columns: string[];
  index: unknown[];
  dtypes: string[];
  /** Row view: df.values. */
  rows: unknown[][];
  /** Column view: df.column(name).values (danfojs keeps both, and they can drift apart). */
  byColumn: unknown[][];
}

export function frameState(df: DataFrame): FrameState {
  return structuredClone({
    columns: [...df.columns],
    index: [...df.index],
    dtypes: [...df.dtypes],
    rows: df.shape[0] === 0 ? [] : (df.values as unknown[][]),
    byColumn: df.columns.map((name) => (df.shape[0] === 0 ? [] : (df.column(name).values as unknown[]))),
  });
}

/** Requires `df` to look exactly as it did when `before` was taken; names the first cell that changed. */
export function expectFrameUnchanged(before: FrameState, df: DataFrame, name: string): void {
  const after = frameState(df);
  const changed = (message: string, was: unknown, now: unknown): never =>
    fail(`${name} was modified: ${message}. The caller's frames must not change (return a new DataFrame)`, render(was), render(now));
  for (const field of ["columns", "index", "dtypes"] as const) {
    if (JSON.stringify(after[field]) !== JSON.stringify(before[field])) changed(`its ${field} changed`, before[field], after[field]);
  }
  if (after.rows.length !== before.rows.length) changed("its number of rows changed", before.rows.length, after.rows.length);
  for (let r = 0; r < before.rows.length; r++) {
    for (let c = 0; c < before.columns.length; c++) {
      if (!Object.is(before.rows[r]![c], after.rows[r]![c])) {
        changed(`row ${r}, column ${before.columns[c]} (in df.values)`, before.rows[r]![c], after.rows[r]![c]);
      }
    }
  }
  for (let c = 0; c < before.columns.length; c++) {
    for (let r = 0; r < before.byColumn[c]!.length; r++) {
      if (!Object.is(before.byColumn[c]![r], after.byColumn[c]![r])) {
        changed(`column ${before.columns[c]}, row ${r} (in df.column("${before.columns[c]}"))`, before.byColumn[c]![r], after.byColumn[c]![r]);
      }
    }
  }
}

/** The result must be a new frame, not one of the caller's. */
export function expectNewFrame(result: unknown, inputs: Record<string, DataFrame>, what: string): void {
  for (const [name, input] of Object.entries(inputs)) {
    if (result === input) fail(`${what} returned the caller's ${name} itself; it must return a new DataFrame`, "a new DataFrame", `the same object as ${name}`);
  }
}
