/**
 * The worked examples of the click-logs prompt (its "## Examples" section is their rendering; `npm run try`).
 * The results are danfojs DataFrames: `present` turns each into { columns, rows } (what is compared), and `show`
 * keeps the table the prompt prints.
 */
import { DataFrame } from "danfojs-node";
import * as impl from "#impl/click-logs";
import { defineExamples } from "../../../scripts/kit/examples.ts";

/** A returned frame as plain data; anything else as it is. */
function present(value: unknown): unknown {
  const frame = value as DataFrame;
  if (value === null || typeof value !== "object" || typeof frame.column !== "function") return value;
  return { columns: [...frame.columns], rows: frame.shape[0] === 0 ? [] : structuredClone(frame.values) };
}

// pandas 3.0.6, the expressions of scripts/fixtures/golden/click_logs.py on these frames (its "examples" section).
export default defineExamples(
  impl,
  [
    { comment: 'DataFrame is danfojs-node\'s: import { DataFrame } from "danfojs-node";' },
    { setup: 'const columns = ["timestamp", "user_id", "item_id", "clicked", "dwell_s"];' },
    {
      setup: [
        "const clicks = new DataFrame(",
        "  [",
        '    [100, "u2", 1, 1, 3],',
        '    [105, "u1", 2, 0, null],',
        "    [110, null, 1, 1, 2], //  logged out",
        '    [120, "u2", 9, 0, 1],',
        '    [130, "u1", 1, 1, 5],',
        "  ],",
        "  { columns },",
        ");",
      ].join("\n"),
    },
    {
      setup:
        'const items = new DataFrame([[1, "books", 12.5], [2, "books", 8], [9, "toys", 20]], { columns: ["item_id", "category", "price"] });',
    },
    { gap: true },
    {
      code: "ctrByUser(clicks)",
      expected: {
        columns: ["user_id", "impressions", "clicks", "ctr"],
        rows: [
          ["u1", 2, 1, 0.5],
          ["u2", 2, 1, 0.5],
        ],
      },
      show: ["user_id  impressions  clicks  ctr", "u1       2            1       0.5", "u2       2            1       0.5"].join("\n"),
    },
    { gap: true },
    {
      code: "dwellByCategory(clicks, items)",
      expected: {
        columns: ["category", "impressions", "dwell_count", "mean_dwell"],
        rows: [
          ["books", 4, 3, 10 / 3],
          ["toys", 1, 1, 1],
        ],
      },
      show: [
        "category  impressions  dwell_count  mean_dwell",
        "books     4            3            3.3333333333   (3, 2, 5; the null is skipped)",
        "toys      1            1            1",
      ].join("\n"),
    },
    { gap: true },
    {
      code: "topItemsByCategory(clicks, items, 1)",
      expected: {
        columns: ["category", "rank", "item_id", "clicks"],
        rows: [
          ["books", 1, 1, 3],
          ["toys", 1, 9, 0],
        ],
      },
      show: ["category  rank  item_id  clicks", "books     1     1        3", "toys      1     9        0"].join("\n"),
    },
    { gap: true },
    { code: 'fillDwell(clicks).column("dwell_s").values', expected: [3, 5, 2, 1, 5], note: "u1's only present dwell is 5" },
    {
      code: 'fillDwell(new DataFrame([[1, null, 1, 0, 10], [2, "u1", 1, 0, 2], [3, "u2", 1, 0, null]], { columns })).column("dwell_s").values',
      expected: [10, 2, 6],
      note: "u2 has no dwell: the median of every present value, 10 and 2",
    },
    { gap: true },
    {
      code: 'sessionize(new DataFrame([[3601, "u1", 1, 1, 1], [0, "u1", 2, 0, 1], [1800, "u1", 1, 0, 1]], { columns }))',
      expected: {
        columns: ["user_id", "session", "start", "end", "events", "clicks"],
        rows: [
          ["u1", 0, 0, 1800, 2, 0],
          ["u1", 1, 3601, 3601, 1, 1],
        ],
      },
      show: [
        "user_id  session  start  end   events  clicks",
        "u1       0        0      1800  2       0        (exactly 1800 s apart: same session)",
        "u1       1        3601   3601  1       1        (1801 s later: a new one)",
      ].join("\n"),
    },
    { gap: true },
    { comment: "An empty result is a frame with the columns and no rows:" },
    {
      code: 'ctrByUser(new DataFrame([[100, null, 1, 1, 3]], { columns }))',
      expected: { columns: ["user_id", "impressions", "clicks", "ctr"], rows: [] },
      show: "user_id  impressions  clicks  ctr      (no rows: nobody was logged in)",
    },
    {
      code: 'dwellByCategory(new DataFrame([[100, "u1", 900, 0, 3]], { columns }), items)',
      expected: { columns: ["category", "impressions", "dwell_count", "mean_dwell"], rows: [] },
      show: "category  impressions  dwell_count  mean_dwell      (no rows: item 900 is not in items)",
    },
  ],
  { scope: { DataFrame }, present },
);
