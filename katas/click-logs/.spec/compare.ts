/**
 * Comparison workloads for `npm run compare -- click-logs` (hidden like the specs): the five tasks on the kata's
 * fixture, and a larger generated log, run on the learner's code and on the reference.
 *
 * Inputs travel as plain rows (a DataFrame does not survive the runner's structured clone), so each timed run
 * builds its frames first: `new DataFrame(rows, { columns })`, ~5-10 ms for the fixture on both sides. Outputs are
 * compared as { columns, rows } (NaN equals NaN).
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { DataFrame } from "danfojs-node";
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

export default defineComparison([
  workload({
    name: "ctrByUser on clicks.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => ctrByUser(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
  }),
  workload({
    name: "dwellByCategory on clicks.csv + items.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => dwellByCategory(frameOf(log.clicks), frameOf(log.items)),
    view: asTable,
    agreement: TOLERANCE,
  }),
  workload({
    name: "topItemsByCategory(…, 3) on clicks.csv + items.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => topItemsByCategory(frameOf(log.clicks), frameOf(log.items), 3),
    view: asTable,
    agreement: TOLERANCE,
  }),
  workload({
    name: "fillDwell on clicks.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => fillDwell(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
  }),
  workload({
    name: "sessionize on clicks.csv",
    kind: "fixture",
    setup: fixture,
    run: (log) => sessionize(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
  }),
  workload({
    name: "ctrByUser, 50,000 rows, 2,000 users",
    kind: "scale",
    setup: largeLog,
    run: (log) => ctrByUser(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
    repeats: 3,
  }),
  workload({
    name: "sessionize, 50,000 rows, 2,000 users",
    kind: "scale",
    setup: largeLog,
    run: (log) => sessionize(frameOf(log.clicks)),
    view: asTable,
    agreement: TOLERANCE,
    repeats: 3,
  }),
]);
