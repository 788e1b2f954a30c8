/**
 * Hidden specs for the click-logs kata: small hand-made frames that pin each convention (missing values, missing
 * keys, the tie rule, the session boundary, key order by character code, the frame-wide median, empty results, the
 * stated dwell range), the errors, and that the caller's frames never change.
 *
 * Expected tables were computed with pandas 3.0.6 on the same rows (each block names the pandas expression; the
 * full expressions are in scripts/fixtures/golden/click_logs.py). In the pandas frames, missing is None/NaN.
 *
 * Seeded random logs are checked against the brute force of brute-force.ts (independent of every solution).
 *
 * Time (measured on the project machine, 2 cores): the danfojs import ~1.2-3.7 s before the first test (staged
 * by load-danfojs.ts so that no single block comes near the watchdog's 3 s), then every hand-made case takes
 * < 20 ms; each seeded random test (30 logs) 10-300 ms, the slowest with the danfojs-based alternative.
 */
import "./load-danfojs.ts";
import seedrandom from "seedrandom";
import { it } from "vitest";
import type { DataFrame } from "danfojs-node";
import { ctrByUser, dwellByCategory, fillDwell, sessionize, topItemsByCategory } from "#impl/click-logs";
import { expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { bruteCtr, bruteDwell, bruteFill, bruteSessions, bruteTop, type ClickRow, type ItemRow } from "./brute-force.ts";
import { expectFrameUnchanged, expectNewFrame, expectTable, frame, frameState, isFrame, type Table, type Value } from "./frames.ts";

const CLICK_COLUMNS = ["timestamp", "user_id", "item_id", "clicked", "dwell_s"];

const clicksOf = (rows: ClickRow[]) => frame(CLICK_COLUMNS, rows);
/** How a case's input is shown on failure: the rows, under the column names. */
const CLICKS = `clicks (${CLICK_COLUMNS.join(", ")})`;
const ITEMS = "items (item_id, category, price)";

/** The catalogue of the hand cases. Item 7 is never shown; item 900 (in some logs) is not in it. */
const ITEM_ROWS: ItemRow[] = [
  [1, "books", 12.5],
  [2, "books", 8],
  [3, "books", 5],
  [9, "toys", 20],
  [10, "toys", 15],
  [100, "toys", 30],
  [11, "toys", 9],
  [5, "gift-cards", 25],
  [7, "garden", 40],
];
const itemsOf = (rows: unknown[][] = ITEM_ROWS) => frame(["item_id", "category", "price"], rows);

// ---------------------------------------------------------------------------------------------------------------
// ctrByUser. pandas: clicks.groupby("user_id").agg(impressions=("clicked","size"), clicks=("clicked","sum"))
//                    .reset_index(); ctr = clicks / impressions

const CTR_ROWS: ClickRow[] = [
  [100, "u2", 1, 1, 3],
  [105, "u1", 2, 0, null],
  [110, null, 1, 1, 2],
  [120, "u2", 9, 0, 1],
  [130, "u1", 1, 1, 5],
  [140, "u2", 10, 0, Number.NaN],
  [150, null, 2, 0, null],
];
const CTR_EXPECTED: Table = {
  columns: ["user_id", "impressions", "clicks", "ctr"],
  data: [
    ["u1", 2, 1, 0.5],
    ["u2", 3, 1, 1 / 3],
  ],
};

specs("correct", "ctrByUser", () => {
  it("counts impressions and clicks per user, sorted by user_id; logged-out rows belong to no user", () => {
    given({ [CLICKS]: CTR_ROWS }, () =>
      expectTable(ctrByUser(clicksOf(CTR_ROWS)), CTR_EXPECTED, { what: "ctrByUser(clicks)", key: ["user_id"], order: "by user_id" }),
    );
  });

});

specs("edge", "ctrByUser: extreme users", () => {
  it("a user whose every impression was clicked has ctr 1; a single impression is a user too", () => {
    const rows: ClickRow[] = [
      [10, "u9", 4, 1, 2],
      [11, "u3", 4, 1, null],
      [12, "u9", 5, 1, null],
    ];
    const expected: Table = {
      columns: ["user_id", "impressions", "clicks", "ctr"],
      data: [
        ["u3", 1, 1, 1],
        ["u9", 2, 2, 1],
      ],
    };
    given({ [CLICKS]: rows }, () => expectTable(ctrByUser(clicksOf(rows)), expected, { what: "ctrByUser(clicks)", key: ["user_id"], order: "by user_id" }));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// dwellByCategory. pandas: clicks.merge(items, on="item_id").groupby("category")
//   .agg(impressions=("dwell_s","size"), dwell_count=("dwell_s","count"), mean_dwell=("dwell_s","mean"))

const DWELL_ROWS: ClickRow[] = [
  [1, "u1", 1, 0, 4],
  [2, "u1", 1, 1, null],
  [3, "u2", 2, 0, 2],
  [5, "u3", 9, 1, 10],
  [6, "u3", 10, 0, Number.NaN],
  [6, "u3", 100, 0, 6],
  [7, "u1", 5, 0, null],
  [8, null, 5, 1, null],
  [9, "u2", 900, 1, 50],
];
const DWELL_EXPECTED: Table = {
  columns: ["category", "impressions", "dwell_count", "mean_dwell"],
  data: [
    ["books", 3, 2, 3],
    ["gift-cards", 2, 0, null],
    ["toys", 3, 2, 8],
  ],
};

specs("correct", "dwellByCategory", () => {
  it("skips missing dwell in the mean and in dwell_count, like pandas ({4, null, 2} -> 3, not 2)", () => {
    given({ [CLICKS]: DWELL_ROWS, [ITEMS]: ITEM_ROWS }, () =>
      expectTable(dwellByCategory(clicksOf(DWELL_ROWS), itemsOf()), DWELL_EXPECTED, {
        what: "dwellByCategory(clicks, items)",
        key: ["category"],
        order: "by category",
        nanColumns: ["mean_dwell"],
      }),
    );
  });

});

specs("edge", "dwellByCategory: missing values", () => {
  it("a single present value among missing ones is the mean ({1, null} -> 1, not 0.5)", () => {
    const rows: ClickRow[] = [
      [1, "u1", 3, 0, 1],
      [2, "u2", 3, 0, null],
    ];
    const expected: Table = { columns: DWELL_EXPECTED.columns, data: [["books", 2, 1, 1]] };
    given({ [CLICKS]: rows, [ITEMS]: ITEM_ROWS }, () =>
      expectTable(dwellByCategory(clicksOf(rows), itemsOf()), expected, { what: "dwellByCategory(clicks, items)", key: ["category"], order: "by category", nanColumns: ["mean_dwell"] }),
    );
  });

  it("treats NaN as missing, like null", () => {
    const rows: ClickRow[] = [
      [1, "u1", 9, 0, Number.NaN],
      [2, "u2", 10, 0, 3],
      [3, "u2", 11, 0, Number.NaN],
      [4, "u2", 11, 0, 5],
    ];
    const expected: Table = { columns: DWELL_EXPECTED.columns, data: [["toys", 4, 2, 4]] };
    given({ [CLICKS]: rows, [ITEMS]: ITEM_ROWS }, () =>
      expectTable(dwellByCategory(clicksOf(rows), itemsOf()), expected, { what: "dwellByCategory(clicks, items)", key: ["category"], order: "by category", nanColumns: ["mean_dwell"] }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// topItemsByCategory. pandas: per_item = clicks.merge(items, on="item_id").groupby(["category","item_id"])
//   ["clicked"].sum(); per_item.sort_values(["category","clicks","item_id"], ascending=[True,False,True])
//   .groupby("category").head(n); rank = cumcount() + 1

const TOP_ROWS: ClickRow[] = [
  [1, "u1", 100, 1, 1],
  [2, "u2", 3, 1, 2],
  [3, "u1", 10, 1, null],
  [4, "u3", 900, 1, 3],
  [5, "u2", 1, 0, 1],
  [6, "u3", 9, 1, 4],
  [7, "u1", 3, 1, 5],
  [8, null, 2, 1, null],
  [9, "u2", 900, 1, 2],
  [10, "u1", 5, 0, null],
  [11, "u3", 11, 0, 1.5],
  [12, "u2", 1, 1, 2.5],
  [13, "u1", 900, 1, 1],
];
const TOP_COLUMNS = ["category", "rank", "item_id", "clicks"];
const topOptions = (n: number) => ({ what: `topItemsByCategory(clicks, items, ${n})`, key: ["category", "rank"], order: "by category, then rank" });

specs("edge", "topItemsByCategory: ties and short categories", () => {
  it("n = 2: ties go to the smaller item_id (9 before 10 before 100), zero-click items still rank", () => {
    const expected: Table = {
      columns: TOP_COLUMNS,
      data: [
        ["books", 1, 3, 2],
        ["books", 2, 1, 1],
        ["gift-cards", 1, 5, 0],
        ["toys", 1, 9, 1],
        ["toys", 2, 10, 1],
      ],
    };
    given({ [CLICKS]: TOP_ROWS, [ITEMS]: ITEM_ROWS, n: 2 }, () =>
      expectTable(topItemsByCategory(clicksOf(TOP_ROWS), itemsOf(), 2), expected, topOptions(2)),
    );
  });

  it("n larger than a category lists all its shown items; unshown and uncatalogued items never appear", () => {
    const expected: Table = {
      columns: TOP_COLUMNS,
      data: [
        ["books", 1, 3, 2],
        ["books", 2, 1, 1],
        ["books", 3, 2, 1],
        ["gift-cards", 1, 5, 0],
        ["toys", 1, 9, 1],
        ["toys", 2, 10, 1],
        ["toys", 3, 100, 1],
        ["toys", 4, 11, 0],
      ],
    };
    given({ [CLICKS]: TOP_ROWS, [ITEMS]: ITEM_ROWS, n: 5 }, () =>
      expectTable(topItemsByCategory(clicksOf(TOP_ROWS), itemsOf(), 5), expected, topOptions(5)),
    );
  });

});

specs("correct", "topItemsByCategory", () => {
  it("n = 1 keeps the best item of each category", () => {
    const expected: Table = {
      columns: TOP_COLUMNS,
      data: [
        ["books", 1, 3, 2],
        ["gift-cards", 1, 5, 0],
        ["toys", 1, 9, 1],
      ],
    };
    given({ [CLICKS]: TOP_ROWS, [ITEMS]: ITEM_ROWS, n: 1 }, () =>
      expectTable(topItemsByCategory(clicksOf(TOP_ROWS), itemsOf(), 1), expected, topOptions(1)),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// fillDwell. pandas: user_median = clicks.groupby("user_id")["dwell_s"].transform("median")
//                    clicks["dwell_s"].fillna(user_median).fillna(clicks["dwell_s"].median())

const FILL_ROWS: ClickRow[] = [
  [1, "u1", 1, 0, 1],
  [2, "u1", 2, 0, null],
  [3, "u2", 1, 1, 5],
  [4, "u1", 9, 0, 4],
  [5, "u3", 9, 0, null],
  [6, null, 1, 0, null],
  [7, "u1", 10, 1, 10],
  [8, "u2", 2, 0, Number.NaN],
  [9, "u1", 1, 0, 2],
  [10, "u2", 5, 1, 7],
  [11, "u2", 10, 0, 9],
];
// u1's median of {1, 4, 10, 2} is 3 (the mean of the middle two); u2's of {5, 7, 9} is 7; the global median is 5.
const FILLED = [1, 3, 5, 4, 5, 5, 10, 7, 2, 7, 9];

function filledTable(rows: ClickRow[], dwell: number[], extra?: { name: string; values: Value[] }): Table {
  return {
    columns: extra ? [...CLICK_COLUMNS, extra.name] : CLICK_COLUMNS,
    data: rows.map((row, i) => [row[0], row[1], row[2], row[3], dwell[i]!, ...(extra ? [extra.values[i]!] : [])]),
  };
}
specs("correct", "fillDwell", () => {
  it("fills with the user's median (even count: mean of the middle two), else the global median", () => {
    // Every timestamp is distinct, so it is the key; the row order must be the input's.
    given({ [CLICKS]: FILL_ROWS }, () =>
      expectTable(fillDwell(clicksOf(FILL_ROWS)), filledTable(FILL_ROWS, FILLED), {
        what: "fillDwell(clicks)",
        key: ["timestamp"],
        order: "as in the input",
      }),
    );
  });

});

specs("contract", "fillDwell: the columns and rows of the result", () => {
  it("keeps every other column, including ones it does not know, and a user with no dwell at all", () => {
    const rows: ClickRow[] = [
      [1, "u7", 1, 0, null],
      [2, "u8", 1, 1, 6],
      [3, "u7", 2, 0, null],
      [4, "u8", 3, 0, 2],
    ];
    const devices = ["ios", "web", null, "android"];
    const input = frame([...CLICK_COLUMNS, "device"], rows.map((row, i) => [...row, devices[i]]));
    // u8's median is 4, and so is the global median: u7's rows get 4.
    given({ [CLICKS]: rows, "device (an extra column)": devices }, () =>
      expectTable(fillDwell(input), filledTable(rows, [4, 6, 4, 2], { name: "device", values: devices }), {
        what: "fillDwell(clicks)",
        key: ["timestamp"],
        order: "as in the input",
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// sessionize. pandas: events = clicks.dropna(subset=["user_id"]).sort_values(["user_id","timestamp"])
//   new = events.groupby("user_id")["timestamp"].diff() > gap; session = new.groupby(user_id).cumsum()
//   events.groupby(["user_id","session"]).agg(start=min, end=max, events=size, clicks=sum)

const SESSION_ROWS: ClickRow[] = [
  [3601, "u1", 1, 1, 1],
  [100, "u2", 2, 0, 1],
  [0, "u1", 1, 0, 1],
  [5000, "u1", 9, 1, 1],
  [50, null, 1, 1, 1],
  [1800, "u1", 2, 1, 1],
  [2000, "u2", 1, 1, 1],
  [3601, "u1", 10, 0, 1],
  [60, null, 2, 0, 1],
];
const SESSION_COLUMNS = ["user_id", "session", "start", "end", "events", "clicks"];
const sessionOptions = (gap: string) => ({ what: `sessionize(clicks${gap})`, key: ["user_id", "session"], order: "by user_id, then session" });

specs("edge", "sessionize: the session boundary", () => {
  it("a gap of exactly 30 minutes stays in the session, 30 min 1 s starts a new one; the log is not in time order", () => {
    const expected: Table = {
      columns: SESSION_COLUMNS,
      data: [
        ["u1", 0, 0, 1800, 2, 1],
        ["u1", 1, 3601, 5000, 3, 2],
        ["u2", 0, 100, 100, 1, 0],
        ["u2", 1, 2000, 2000, 1, 1],
      ],
    };
    given({ [CLICKS]: SESSION_ROWS }, () => expectTable(sessionize(clicksOf(SESSION_ROWS)), expected, sessionOptions("")));
  });

});

specs("correct", "sessionize", () => {
  it("takes the gap as a parameter (60 s)", () => {
    const rows: ClickRow[] = [
      [121, "u1", 1, 0, 1],
      [0, "u1", 1, 1, 1],
      [60, "u1", 2, 0, 1],
      [30, "u2", 1, 0, 1],
    ];
    const expected: Table = {
      columns: SESSION_COLUMNS,
      data: [
        ["u1", 0, 0, 60, 2, 1],
        ["u1", 1, 121, 121, 1, 0],
        ["u2", 0, 30, 30, 1, 0],
      ],
    };
    given({ [CLICKS]: rows, gapSeconds: 60 }, () => expectTable(sessionize(clicksOf(rows), 60), expected, sessionOptions(", 60")));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The frame-wide median of fillDwell. pandas: clicks["dwell_s"].median() is over every present value, logged-out
// rows included (the groupby drops their key, not their dwell).

specs("edge", "fillDwell: the frame-wide median", () => {
  it("includes the present dwell of logged-out rows: (null, 10), (u1, 2), (u2, missing) fill 6, not 2", () => {
    // pandas: c = DataFrame([[1, None, 1, 0, 10.0], [2, "u1", 1, 0, 2.0], [3, "u2", 1, 0, None]], columns=...)
    //         c["dwell_s"].fillna(c.groupby("user_id")["dwell_s"].transform("median")).fillna(c["dwell_s"].median())
    //         -> [10.0, 2.0, 6.0]
    const rows: ClickRow[] = [
      [1, null, 1, 0, 10],
      [2, "u1", 1, 0, 2],
      [3, "u2", 1, 0, null],
    ];
    given({ [CLICKS]: rows }, () =>
      expectTable(fillDwell(clicksOf(rows)), filledTable(rows, [10, 2, 6]), { what: "fillDwell(clicks)", key: ["timestamp"], order: "as in the input" }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Key order. pandas sorts string keys by code point: "B" < "U1" < "a" < "u10" < "u9". localeCompare and danfojs'
// sortValues (which upper-cases strings) put "a" before "B". The fixture's keys are all lower case: only these
// cases check it.

const CASE_ROWS: ClickRow[] = [
  [1, "a", 1, 1, 1],
  [2, "B", 1, 0, 1],
  [3, "u10", 2, 1, null],
  [4, "u9", 3, 0, 2],
  [5, "U1", 4, 1, 3],
  [6, "a", 4, 0, 1],
];
const CASE_ITEMS: ItemRow[] = [
  [1, "books", 5],
  [2, "Toys", 6],
  [3, "garden", 7],
  [4, "Garden", 8],
];

specs("edge", "keys sort by character code (pandas), not by locale or case-insensitively", () => {
  it('ctrByUser: "B" < "U1" < "a" < "u10" < "u9"', () => {
    // pandas: clicks.groupby("user_id").agg(...) -> B, U1, a, u10, u9
    const expected: Table = {
      columns: ["user_id", "impressions", "clicks", "ctr"],
      data: [
        ["B", 1, 0, 0],
        ["U1", 1, 1, 1],
        ["a", 2, 1, 0.5],
        ["u10", 1, 1, 1],
        ["u9", 1, 0, 0],
      ],
    };
    given({ [CLICKS]: CASE_ROWS }, () =>
      expectTable(ctrByUser(clicksOf(CASE_ROWS)), expected, { what: "ctrByUser(clicks)", key: ["user_id"], order: "by user_id (character codes)" }),
    );
  });

  it('dwellByCategory: "Garden" < "Toys" < "books" < "garden"', () => {
    // pandas: clicks.merge(items, on="item_id").groupby("category").agg(...)
    //         -> [["Garden", 2, 2, 2.0], ["Toys", 1, 0, nan], ["books", 2, 2, 1.0], ["garden", 1, 1, 2.0]]
    const expected: Table = {
      columns: ["category", "impressions", "dwell_count", "mean_dwell"],
      data: [
        ["Garden", 2, 2, 2],
        ["Toys", 1, 0, null],
        ["books", 2, 2, 1],
        ["garden", 1, 1, 2],
      ],
    };
    given({ [CLICKS]: CASE_ROWS, [ITEMS]: CASE_ITEMS }, () =>
      expectTable(dwellByCategory(clicksOf(CASE_ROWS), itemsOf(CASE_ITEMS)), expected, {
        what: "dwellByCategory(clicks, items)",
        key: ["category"],
        order: "by category (character codes)",
        nanColumns: ["mean_dwell"],
      }),
    );
  });

  it('topItemsByCategory: "Garden" < "Toys" < "books" < "garden"', () => {
    // pandas: per_item.sort_values(["category", "clicks", "item_id"], ascending=[True, False, True]).groupby("category").head(1)
    //         -> [["Garden", 1, 4, 1], ["Toys", 1, 2, 1], ["books", 1, 1, 1], ["garden", 1, 3, 0]]
    const expected: Table = {
      columns: TOP_COLUMNS,
      data: [
        ["Garden", 1, 4, 1],
        ["Toys", 1, 2, 1],
        ["books", 1, 1, 1],
        ["garden", 1, 3, 0],
      ],
    };
    given({ [CLICKS]: CASE_ROWS, [ITEMS]: CASE_ITEMS, n: 1 }, () =>
      expectTable(topItemsByCategory(clicksOf(CASE_ROWS), itemsOf(CASE_ITEMS), 1), expected, {
        ...topOptions(1),
        order: "by category (character codes), then rank",
      }),
    );
  });

  it('sessionize: "B" < "U1" < "a" < "u10" < "u9"', () => {
    // pandas: the sessions expression above -> B, U1, a (one session 1..6), u10, u9
    const expected: Table = {
      columns: SESSION_COLUMNS,
      data: [
        ["B", 0, 2, 2, 1, 0],
        ["U1", 0, 5, 5, 1, 1],
        ["a", 0, 1, 6, 2, 1],
        ["u10", 0, 3, 3, 1, 1],
        ["u9", 0, 4, 4, 1, 0],
      ],
    };
    given({ [CLICKS]: CASE_ROWS }, () =>
      expectTable(sessionize(clicksOf(CASE_ROWS)), expected, { ...sessionOptions(""), order: "by user_id (character codes), then session" }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Empty results: a DataFrame with the function's columns and no rows (pandas: an empty frame with those columns).

specs("edge", "empty results: a frame with the columns and no rows", () => {
  const loggedOut: ClickRow[] = [
    [1, null, 1, 0, 1],
    [2, null, 2, 1, null],
  ];
  const uncatalogued: ClickRow[] = [
    [1, "u1", 900, 0, 1],
    [2, "u2", 901, 1, 4],
  ];

  it("ctrByUser when nobody was logged in", () => {
    // pandas: clicks.groupby("user_id").agg(...) -> Empty DataFrame, Columns: [user_id, impressions, clicks]
    const expected: Table = { columns: ["user_id", "impressions", "clicks", "ctr"], data: [] };
    given({ [CLICKS]: loggedOut }, () => expectTable(ctrByUser(clicksOf(loggedOut)), expected, { what: "ctrByUser(clicks)", key: ["user_id"], order: "by user_id" }));
  });

  it("sessionize when nobody was logged in", () => {
    const expected: Table = { columns: SESSION_COLUMNS, data: [] };
    given({ [CLICKS]: loggedOut }, () => expectTable(sessionize(clicksOf(loggedOut)), expected, sessionOptions("")));
  });

  it("dwellByCategory when the inner join matches nothing", () => {
    // pandas: clicks.merge(items, on="item_id").groupby("category").agg(...) -> Empty DataFrame
    const expected: Table = { columns: ["category", "impressions", "dwell_count", "mean_dwell"], data: [] };
    given({ [CLICKS]: uncatalogued, [ITEMS]: ITEM_ROWS }, () =>
      expectTable(dwellByCategory(clicksOf(uncatalogued), itemsOf()), expected, { what: "dwellByCategory(clicks, items)", key: ["category"], order: "by category" }),
    );
  });

  it("topItemsByCategory when the inner join matches nothing", () => {
    const expected: Table = { columns: TOP_COLUMNS, data: [] };
    given({ [CLICKS]: uncatalogued, [ITEMS]: ITEM_ROWS, n: 3 }, () =>
      expectTable(topItemsByCategory(clicksOf(uncatalogued), itemsOf(), 3), expected, topOptions(3)),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The stated range of dwell_s: non-negative and below 10^6 s. There a plain float64 running sum is within 1e-9 of
// pandas (summing non-negative numbers cannot cancel); a float32 accumulator (danfojs calls the column float32) is
// not: 546296.4 here, 1.5e-8 off.

specs("edge", "dwell_s at the top of the stated range", () => {
  it("mean_dwell of values up to 999,999.9 s matches pandas within 1e-9 (float64 arithmetic, not float32)", () => {
    // pandas: the dwellByCategory expression on dwell [999999.9, 0.1, 999999.7, 0.3, 500000.5, 777777.7] of item 1
    //         -> [["books", 6, 6, 546296.3666666667]]
    const dwell = [999999.9, 0.1, 999999.7, 0.3, 500000.5, 777777.7];
    const rows: ClickRow[] = dwell.map((d, i) => [i, "u1", 1, 0, d]);
    const expected: Table = { columns: DWELL_EXPECTED.columns, data: [["books", 6, 6, 546296.3666666667]] };
    given({ [CLICKS]: rows, [ITEMS]: ITEM_ROWS }, () =>
      expectTable(dwellByCategory(clicksOf(rows), itemsOf()), expected, { what: "dwellByCategory(clicks, items)", key: ["category"], order: "by category", nanColumns: ["mean_dwell"] }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Seeded random logs against the brute force of brute-force.ts: mixed-case users and categories, logged-out rows,
// uncatalogued items, null and NaN dwell, gaps of exactly 1800 s, shuffled rows.

interface RandomLog {
  seed: number;
  clicks: ClickRow[];
  items: ItemRow[];
  n: number;
}

function randomLogs(count: number): RandomLog[] {
  const rng = seedrandom("click-logs-random-logs");
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rng() * values.length)]!;
  const users = ["u1", "u2", "u10", "U3", "a", "B"];
  const categories = ["books", "Toys", "garden", "Garden", "gift-cards"];
  const ids = [1, 2, 3, 9, 10, 11, 100];
  const steps = [0, 1, 60, 1799, 1800, 1801, 4000];
  return Array.from({ length: count }, (_, seed) => {
    const catalogued = ids.filter(() => rng() < 0.75);
    if (catalogued.length === 0) catalogued.push(1);
    const items: ItemRow[] = catalogued.map((id) => [id, pick(categories), Math.round(rng() * 1000) / 10]);
    const clock = new Map<string, number>();
    const clicks: ClickRow[] = Array.from({ length: 8 + Math.floor(rng() * 50) }, () => {
      const user = rng() < 0.12 ? null : pick(users);
      const timestamp = user === null ? Math.floor(rng() * 20_000) : (clock.get(user) ?? Math.floor(rng() * 5000)) + pick(steps);
      if (user !== null) clock.set(user, timestamp);
      const r = rng();
      const dwell = r < 0.15 ? null : r < 0.2 ? Number.NaN : Math.round(rng() * 3000) / 10;
      return [timestamp, user, rng() < 0.1 ? 900 : pick(ids), rng() < 0.3 ? 1 : 0, dwell];
    });
    if (clicks.every((row) => row[4] === null || Number.isNaN(row[4]))) clicks[0]![4] = 1.5;
    for (let i = clicks.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [clicks[i], clicks[j]] = [clicks[j]!, clicks[i]!];
    }
    return { seed, clicks, items, n: 1 + Math.floor(rng() * 3) };
  });
}

specs("correct", "seeded random logs agree with a brute force", () => {
  const logs = randomLogs(30);

  it("ctrByUser on 30 logs (8 to 57 rows, mixed-case users, logged-out rows)", () => {
    for (const log of logs) {
      given({ case: log.seed, [CLICKS]: log.clicks }, () =>
        expectTable(ctrByUser(clicksOf(log.clicks)), bruteCtr(log.clicks), { what: "ctrByUser(clicks)", key: ["user_id"], order: "by user_id" }),
      );
    }
  });

  it("dwellByCategory on the same logs", () => {
    for (const log of logs) {
      given({ case: log.seed, [CLICKS]: log.clicks, [ITEMS]: log.items }, () =>
        expectTable(dwellByCategory(clicksOf(log.clicks), itemsOf(log.items)), bruteDwell(log.clicks, log.items), {
          what: "dwellByCategory(clicks, items)",
          key: ["category"],
          order: "by category",
          nanColumns: ["mean_dwell"],
        }),
      );
    }
  });

  it("topItemsByCategory on the same logs (n from 1 to 3)", () => {
    for (const log of logs) {
      given({ case: log.seed, [CLICKS]: log.clicks, [ITEMS]: log.items, n: log.n }, () =>
        expectTable(topItemsByCategory(clicksOf(log.clicks), itemsOf(log.items), log.n), bruteTop(log.clicks, log.items, log.n), topOptions(log.n)),
      );
    }
  });

  it("fillDwell on the same logs", () => {
    for (const log of logs) {
      given({ case: log.seed, [CLICKS]: log.clicks }, () =>
        expectTable(fillDwell(clicksOf(log.clicks)), filledTable(log.clicks, bruteFill(log.clicks)), { what: "fillDwell(clicks)", key: [], order: "as in the input" }),
      );
    }
  });

  it("sessionize on the same logs (gaps of 1799, 1800 and 1801 s)", () => {
    for (const log of logs) {
      given({ case: log.seed, [CLICKS]: log.clicks }, () =>
        expectTable(sessionize(clicksOf(log.clicks)), bruteSessions(log.clicks, 1800), sessionOptions("")),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The caller's frames never change, and every function returns a new frame.

specs("contract", "inputs are never modified", () => {
  const cases: { name: string; rows: ClickRow[]; call: (clicks: DataFrame, items: DataFrame) => unknown }[] = [
    { name: "ctrByUser", rows: CTR_ROWS, call: (clicks) => ctrByUser(clicks) },
    { name: "dwellByCategory", rows: DWELL_ROWS, call: (clicks, items) => dwellByCategory(clicks, items) },
    { name: "topItemsByCategory", rows: TOP_ROWS, call: (clicks, items) => topItemsByCategory(clicks, items, 2) },
    { name: "fillDwell", rows: FILL_ROWS, call: (clicks) => fillDwell(clicks) },
    { name: "sessionize", rows: SESSION_ROWS, call: (clicks) => sessionize(clicks) },
  ];
  for (const c of cases) {
    it(`${c.name} leaves the caller's frames as they were (rows, columns, index) and returns a new frame`, () => {
      const clicks = clicksOf(c.rows);
      const items = itemsOf();
      const before = { clicks: frameState(clicks), items: frameState(items) };
      given({ [CLICKS]: c.rows }, () => {
        const result = c.call(clicks, items);
        expectFrameUnchanged(before.clicks, clicks, "clicks");
        expectFrameUnchanged(before.items, items, "items");
        if (!isFrame(result)) fail(`${c.name} should return a danfojs DataFrame`, "a DataFrame", result);
        expectNewFrame(result, { clicks, items }, c.name);
      });
    });
  }

  it("fillDwell returns a new frame even when nothing is missing", () => {
    const rows: ClickRow[] = [
      [1, "u1", 1, 0, 2],
      [2, "u2", 1, 1, 3],
    ];
    const clicks = clicksOf(rows);
    const before = frameState(clicks);
    given({ [CLICKS]: rows }, () => {
      const result = fillDwell(clicks);
      expectNewFrame(result, { clicks }, "fillDwell");
      expectFrameUnchanged(before, clicks, "clicks");
      expectTable(result, filledTable(rows, [2, 3]), { what: "fillDwell(clicks)", key: ["timestamp"], order: "as in the input" });
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Errors name the problem.

specs("contract", "errors name the problem", () => {
  const good = () => clicksOf(CTR_ROWS);
  const withColumn = (name: string, values: unknown[]) => {
    const rows = CTR_ROWS.map((row) => [...row] as unknown[]);
    const at = CLICK_COLUMNS.indexOf(name);
    rows.forEach((row, i) => (row[at] = values[i % values.length]));
    return frame(CLICK_COLUMNS, rows);
  };
  const without = (name: string) => frame(CLICK_COLUMNS.filter((c) => c !== name), CTR_ROWS.map((row) => row.filter((_, i) => CLICK_COLUMNS[i] !== name)));
  type Call = (clicks: unknown, items: unknown) => unknown;
  const all: Record<string, Call> = {
    ctrByUser: (c) => ctrByUser(c as DataFrame),
    dwellByCategory: (c, i) => dwellByCategory(c as DataFrame, i as DataFrame),
    topItemsByCategory: (c, i) => topItemsByCategory(c as DataFrame, i as DataFrame, 2),
    fillDwell: (c) => fillDwell(c as DataFrame),
    sessionize: (c) => sessionize(c as DataFrame),
  };
  const cases: {
    name: string;
    functions: string[];
    clicks: () => unknown;
    items?: () => unknown;
    type: typeof RangeError | typeof TypeError;
    pattern: RegExp;
    call?: Record<string, Call>;
  }[] = [
    { name: "clicks is an array of rows, not a DataFrame", functions: Object.keys(all), clicks: () => CTR_ROWS, type: TypeError, pattern: /clicks/ },
    { name: "items is a plain object, not a DataFrame", functions: ["dwellByCategory", "topItemsByCategory"], clicks: good, items: () => ({ item_id: [1], category: ["books"] }), type: TypeError, pattern: /items/ },
    { name: "clicks has no rows", functions: Object.keys(all), clicks: () => frame(CLICK_COLUMNS, []), type: RangeError, pattern: /empty/i },
    { name: "clicks has no user_id column", functions: ["ctrByUser", "fillDwell", "sessionize"], clicks: () => without("user_id"), type: TypeError, pattern: /user_id/ },
    { name: "clicks has no dwell_s column", functions: ["dwellByCategory", "fillDwell"], clicks: () => without("dwell_s"), type: TypeError, pattern: /dwell_s/ },
    { name: "clicks has no clicked column", functions: ["ctrByUser", "topItemsByCategory", "sessionize"], clicks: () => without("clicked"), type: TypeError, pattern: /clicked/ },
    { name: "items has no category column", functions: ["dwellByCategory", "topItemsByCategory"], clicks: good, items: () => frame(["item_id", "price"], [[1, 2.5]]), type: TypeError, pattern: /category/ },
    { name: "a clicked value of 2", functions: ["ctrByUser", "topItemsByCategory", "sessionize"], clicks: () => withColumn("clicked", [1, 0, 2]), type: RangeError, pattern: /clicked/ },
    { name: "a missing clicked value", functions: ["ctrByUser", "topItemsByCategory", "sessionize"], clicks: () => withColumn("clicked", [1, null]), type: RangeError, pattern: /clicked/ },
    { name: "a dwell_s that is a string", functions: ["dwellByCategory", "fillDwell"], clicks: () => withColumn("dwell_s", [1.5, "slow"]), type: TypeError, pattern: /dwell_s/ },
    { name: "a missing timestamp", functions: ["sessionize"], clicks: () => withColumn("timestamp", [100, 200, null]), type: RangeError, pattern: /timestamp/ },
    { name: "a missing item_id", functions: ["dwellByCategory", "topItemsByCategory"], clicks: () => withColumn("item_id", [1, null]), type: RangeError, pattern: /item_id/ },
    { name: "an item listed twice in items", functions: ["dwellByCategory", "topItemsByCategory"], clicks: good, items: () => itemsOf([...ITEM_ROWS, [9, "books", 3]]), type: RangeError, pattern: /item_id/ },
    { name: "an item without a category", functions: ["dwellByCategory", "topItemsByCategory"], clicks: good, items: () => itemsOf([...ITEM_ROWS.slice(1), [1, null, 3]]), type: RangeError, pattern: /category/ },
    { name: "every dwell_s missing (no median to fill with)", functions: ["fillDwell"], clicks: () => withColumn("dwell_s", [null, Number.NaN]), type: RangeError, pattern: /dwell/ },
    {
      name: "n = 0",
      functions: ["topItemsByCategory"],
      clicks: good,
      type: RangeError,
      pattern: /\bn\b/,
      call: { topItemsByCategory: (c, i) => topItemsByCategory(c as DataFrame, i as DataFrame, 0) },
    },
    {
      name: "n = 2.5",
      functions: ["topItemsByCategory"],
      clicks: good,
      type: RangeError,
      pattern: /\bn\b/,
      call: { topItemsByCategory: (c, i) => topItemsByCategory(c as DataFrame, i as DataFrame, 2.5) },
    },
    {
      name: "gapSeconds = 0",
      functions: ["sessionize"],
      clicks: good,
      type: RangeError,
      pattern: /gapSeconds/,
      call: { sessionize: (c) => sessionize(c as DataFrame, 0) },
    },
    {
      name: "gapSeconds = NaN",
      functions: ["sessionize"],
      clicks: good,
      type: RangeError,
      pattern: /gapSeconds/,
      call: { sessionize: (c) => sessionize(c as DataFrame, Number.NaN) },
    },
  ];
  for (const c of cases) {
    for (const fn of c.functions) {
      it(`${fn}: ${c.name}`, () => {
        const clicks = c.clicks();
        const items = c.items ? c.items() : itemsOf();
        const call = c.call?.[fn] ?? all[fn]!;
        given({ case: c.name }, () => expectError(() => call(clicks, items), c.type, c.pattern));
      });
    }
  }
});
