/**
 * Comparison workloads for `npm run compare -- click-logs` (hidden like the specs): the five tasks on the kata's
 * fixture, and a larger generated log, run on the learner's code and on the reference.
 *
 * Quality: on the fixture, the share of pandas' golden cells (fixtures/click-logs/golden/*.json) that the output
 * holds at the same place (1 = every cell, in order); on the generated log, the share of logged-in rows the
 * output accounts for (the impressions or events it counts, over the rows with a user_id). `npm run report` draws
 * CTR and mean dwell per category as bars.
 *
 * Inputs travel as plain rows (a DataFrame does not survive the runner's structured clone), so each timed run
 * builds its frames first: `new DataFrame(rows, { columns })`, ~5-10 ms for the fixture on both sides. Outputs are
 * compared as { columns, rows } (NaN equals NaN).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { DataFrame } from "danfojs-node";
import type { Plot } from "../../../scripts/kit/compare.ts";
import { ctrByUser, dwellByCategory, fillDwell, sessionize, topItemsByCategory } from "#impl/click-logs";
import { defineComparison, workload } from "../../../scripts/kit/compare.ts";

type Cell = string | number | null;

interface Table {
  columns: string[];
  rows: Cell[][];
}

interface Log {
  clicks: Table;
  items: Table;
}

/** The fixture CSVs as readCSV gives them: numbers where a field is numeric, null where it is empty. */
function readTable(name: string): Table {
  const [header, ...lines] = readFileSync(new URL(`../../../fixtures/click-logs/${name}`, import.meta.url), "utf8").trimEnd().split("\n");
  const rows = lines.map((line) =>
    line.split(",").map((field): Cell => (field === "" ? null : Number.isFinite(Number(field)) ? Number(field) : field)),
  );
  return { columns: header!.split(","), rows };
}

function fixture(): Log {
  return { clicks: readTable("clicks.csv"), items: readTable("items.csv") };
}

/** 50,000 impressions of 2,000 users over 200 items in 10 categories, 8% dwell missing, 2% logged out, unsorted. */
function largeLog(): Log {
  const rng = seedrandom("click-logs-compare-scale");
  const items: Cell[][] = Array.from({ length: 200 }, (_, i) => [i + 1, `cat-${String(i % 10).padStart(2, "0")}`, 10 + (i % 37)]);
  const rows: Cell[][] = [];
  for (let i = 0; i < 50_000; i++) {
    const user = rng() < 0.02 ? null : `u${String(Math.floor(rng() * 2000)).padStart(4, "0")}`;
    const timestamp = 1_740_960_000 + Math.floor(rng() * 7 * 86_400);
    const clicked = rng() < 0.1 ? 1 : 0;
    const dwell = rng() < 0.08 ? null : Math.round(rng() * 300) / 10;
    rows.push([timestamp, user, 1 + Math.floor(rng() * 205), clicked, dwell]); // ids 201-205 are not in items
  }
  return {
    clicks: { columns: ["timestamp", "user_id", "item_id", "clicked", "dwell_s"], rows },
    items: { columns: ["item_id", "category", "price"], rows: items },
  };
}

const frameOf = (table: Table) => new DataFrame(table.rows, { columns: table.columns });

/** What is compared: the returned frame's columns and rows (plain data). */
function asTable(output: unknown): unknown {
  const frame = output as DataFrame;
  if (typeof frame?.column !== "function") return output;
  return { columns: [...frame.columns], rows: frame.shape[0] === 0 ? [] : structuredClone(frame.values) };
}

const TOLERANCE = { kind: "close", tolerance: 1e-9 } as const;

interface Golden {
  columns: string[];
  data: Cell[][];
}

function golden(name: string): Golden {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/click-logs/golden/${name}.json`, import.meta.url), "utf8")) as Golden;
}

function sameCell(actual: unknown, expected: Cell): boolean {
  if (expected === null) return actual === null || actual === undefined || (typeof actual === "number" && Number.isNaN(actual));
  if (typeof expected === "string") return actual === expected;
  return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** The share of the golden table's cells found at the same row and column of the output (columns by name). */
function goldenShare(name: string, columns?: string[]): (output: unknown) => number {
  const expected = golden(name);
  const wanted = columns ?? expected.columns;
  return (output) => {
    const table = asTable(output) as Partial<Table>;
    const rows = table.rows ?? [];
    const at = wanted.map((column) => table.columns?.indexOf(column) ?? -1);
    let matched = 0;
    expected.data.forEach((row, r) => {
      wanted.forEach((column, c) => {
        if (at[c]! >= 0 && sameCell(rows[r]?.[at[c]!], row[expected.columns.indexOf(column)]!)) matched++;
      });
    });
    return matched / (expected.data.length * wanted.length);
  };
}

const goldenQuality = (name: string, columns?: string[]) =>
  ({ name: "share of pandas' cells matched", better: "higher", of: goldenShare(name, columns) }) as const;

/** The share of the log's logged-in rows that a per-user output counts in `column` (impressions, events). */
function loggedInShare(column: string): (output: unknown, log: Log) => number {
  return (output, log) => {
    const table = asTable(output) as Partial<Table>;
    const at = table.columns?.indexOf(column) ?? -1;
    const counted = (table.rows ?? []).reduce((sum, row) => sum + (typeof row[at] === "number" ? (row[at] as number) : 0), 0);
    const userAt = log.clicks.columns.indexOf("user_id");
    const loggedIn = log.clicks.rows.filter((row) => row[userAt] !== null).length;
    return counted / loggedIn;
  };
}

interface CategoryStats {
  dwell: unknown;
  top: unknown;
}

/** CTR (clicks over impressions, in %) and mean dwell per category, from dwellByCategory and topItemsByCategory. */
function categoryBars({ dwell, top }: CategoryStats): Plot {
  const dwellTable = asTable(dwell) as Table;
  const topTable = asTable(top) as Table;
  const col = (table: Table, name: string) => table.columns.indexOf(name);
  const bars: { category: string; value: number; series: string }[] = [];
  for (const row of dwellTable.rows) {
    const category = String(row[col(dwellTable, "category")]);
    const impressions = Number(row[col(dwellTable, "impressions")]);
    const clicks = topTable.rows
      .filter((r) => r[col(topTable, "category")] === row[col(dwellTable, "category")])
      .reduce((sum, r) => sum + Number(r[col(topTable, "clicks")]), 0);
    bars.push({ category, value: (100 * clicks) / impressions, series: "CTR (%)" });
    const meanDwell = Number(row[col(dwellTable, "mean_dwell")]);
    if (Number.isFinite(meanDwell)) bars.push({ category, value: meanDwell, series: "mean dwell (s)" });
  }
  return { type: "bar", title: "CTR and mean dwell per category, clicks.csv (gift-cards never reports dwell)", x: "category", y: "CTR (%) · mean dwell (s)", bars };
}

export default defineComparison([
  workload({
    name: "ctrByUser on clicks.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => ctrByUser(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
    quality: goldenQuality("ctr-by-user"),
  }),
  workload({
    name: "dwellByCategory on clicks.csv + items.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => dwellByCategory(frameOf(log.clicks), frameOf(log.items)),
    view: asTable,
    agreement: TOLERANCE,
    quality: goldenQuality("dwell-by-category"),
  }),
  workload({
    name: "CTR and mean dwell per category on clicks.csv + items.csv (dwellByCategory, topItemsByCategory with n = 1,000)",
    kind: "fixture",
    setup: fixture,
    run: (log): CategoryStats => ({
      dwell: dwellByCategory(frameOf(log.clicks), frameOf(log.items)),
      top: topItemsByCategory(frameOf(log.clicks), frameOf(log.items), 1000),
    }),
    view: ({ dwell, top }) => ({ dwell: asTable(dwell), top: asTable(top) }),
    agreement: TOLERANCE,
    quality: { name: "share of pandas' dwell cells matched", better: "higher", of: ({ dwell }) => goldenShare("dwell-by-category")(dwell) },
    plot: categoryBars,
  }),
  workload({
    name: "topItemsByCategory(…, 3) on clicks.csv + items.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => topItemsByCategory(frameOf(log.clicks), frameOf(log.items), 3),
    view: asTable,
    agreement: TOLERANCE,
    quality: goldenQuality("top-items-3"),
  }),
  workload({
    name: "fillDwell on clicks.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => fillDwell(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
    quality: goldenQuality("fill-dwell"),
  }),
  workload({
    name: "sessionize on clicks.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => sessionize(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
    quality: goldenQuality("sessions"),
  }),
  workload({
    name: "ctrByUser, 50,000 rows, 2,000 users",
    kind: "scale",
    setup: largeLog,
    run: (log) => ctrByUser(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
    quality: { name: "share of logged-in rows counted", better: "higher", of: loggedInShare("impressions") },
    repeats: 3,
  }),
  workload({
    name: "sessionize, 50,000 rows, 2,000 users",
    kind: "scale",
    setup: largeLog,
    run: (log) => sessionize(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
    quality: { name: "share of logged-in rows counted", better: "higher", of: loggedInShare("events") },
    repeats: 3,
  }),
]);
