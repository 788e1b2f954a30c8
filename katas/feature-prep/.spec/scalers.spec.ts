/**
 * Hidden specs for feature-prep: the scalers and the one-hot encoder.
 *
 * Golden values: scikit-learn 1.9.1 (StandardScaler, MinMaxScaler, OneHotEncoder(sparse_output=False)), computed on
 * this machine: the fixture's by scripts/fixtures/golden/feature-prep.py into fixtures/feature-prep/golden.json
 * (each value stored with its expression), the small cases by the expression beside each. Tolerances: statistics
 * within 1e-12 relative, transformed values within 1e-12, indicators exact.
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { fitMinMaxScaler, fitOneHotEncoder, fitStandardScaler } from "#impl/feature-prep";
import { abridge, expectAllClose, expectClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { bruteStandard, expectMatrixClose, goldenValue, loadListings } from "./helpers.ts";

const TOLERANCE = 1e-12;

/** Within 1e-12 relative (and 1e-12 absolute near 0). */
function expectStats(actual: unknown, expected: number[], what: string, relative = TOLERANCE): void {
  if (!Array.isArray(actual) || actual.length !== expected.length) fail(`${what} should have ${expected.length} values`, expected, abridge(actual));
  expected.forEach((e, j) => expectClose(actual[j], e, relative * Math.max(1, Math.abs(e)), `${what}[${j}]`));
}

specs("correct", "standard scaling: golden values from scikit-learn", () => {
  it("StandardScaler on fixtures/feature-prep/listings.json (60 rows, a constant fee column)", () => {
    // StandardScaler().fit(X).mean_, .scale_ and .transform(X): golden.json "standard.*"
    // e.g. scale_ -> [25.30007487911625, 1.249888883950178, 34.210362302800725, 469.4137005054521, 1.0] (constant fee: 1)
    const { X } = loadListings();
    given({ X }, () => {
      const scaler = fitStandardScaler(X);
      expectStats(scaler.mean, goldenValue("standard.mean"), "mean");
      expectStats(scaler.scale, goldenValue("standard.scale"), "scale");
      expectMatrixClose(scaler.transform(X), goldenValue("standard.transform"), TOLERANCE, "transform(X)");
    });
  });

  it("population standard deviation (ddof = 0), not the sample one", () => {
    // StandardScaler().fit([[1],[2],[4],[9]]): mean_ [4], scale_ [3.082207001484488]  (ddof=1 would give 3.5590)
    // .transform -> [-0.9733285267845753, -0.6488856845230502, 0, 1.6222142113076254]
    const X = [[1], [2], [4], [9]];
    given({ X }, () => {
      const scaler = fitStandardScaler(X);
      expectStats(scaler.mean, [4], "mean");
      expectStats(scaler.scale, [3.082207001484488], "scale");
      expectMatrixClose(scaler.transform(X), [[-0.9733285267845753], [-0.6488856845230502], [0], [1.6222142113076254]], TOLERANCE, "transform(X)");
    });
  });

  it("a constant column is scaled by 1, so it becomes 0, never NaN", () => {
    // StandardScaler().fit([[1,5],[2,5],[3,5],[4,5]]): mean_ [2.5, 5], scale_ [1.118033988749895, 1]
    // .transform(X) -> [[-1.3416407864998738, 0], [-0.4472135954999579, 0], [0.4472135954999579, 0], [1.3416407864998738, 0]]
    const X = [[1, 5], [2, 5], [3, 5], [4, 5]];
    given({ X }, () => {
      const scaler = fitStandardScaler(X);
      expectStats(scaler.scale, [1.118033988749895, 1], "scale");
      expectMatrixClose(
        scaler.transform(X),
        [[-1.3416407864998738, 0], [-0.4472135954999579, 0], [0.4472135954999579, 0], [1.3416407864998738, 0]],
        TOLERANCE,
        "transform(X)",
      );
      expectMatrixClose(scaler.transform([[2.5, 6]]), [[0, 1]], TOLERANCE, "transform([[2.5, 6]])");
    });
  });

  it("seeded random matrices agree with a two-pass brute force", () => {
    const rng = seedrandom("feature-prep-standard-random");
    for (let c = 0; c < 30; c++) {
      const n = 1 + Math.floor(rng() * 40);
      const d = 1 + Math.floor(rng() * 5);
      const offset = (rng() - 0.5) * 10 ** Math.floor(rng() * 4);
      const X = Array.from({ length: n }, () => Array.from({ length: d }, (_, j) => (j === d - 1 && c % 4 === 0 ? 3 : offset + (rng() - 0.5) * 10 ** (j % 3))));
      const expected = bruteStandard(X);
      given({ case: c, X }, () => {
        const scaler = fitStandardScaler(X);
        // 1e-10 relative: one-pass (Welford) and two-pass statistics round differently on an offset column.
        expectStats(scaler.mean, expected.mean, "mean", 1e-10);
        expectStats(scaler.scale, expected.scale, "scale", 1e-10);
        expectMatrixClose(scaler.transform(X), X.map((row) => row.map((v, j) => (v - expected.mean[j]!) / expected.scale[j]!)), 1e-9, "transform(X)");
      });
    }
  });
});

specs("edge", "standard scaling: degenerate and ill-conditioned columns", () => {
  it("a constant column of 0.1s is constant (rounding in the mean must not turn it into ±1)", () => {
    // StandardScaler().fit([[0.1],[0.1],[0.1]]): mean_ [0.10000000000000002], scale_ [1]
    // .transform -> [[-1.3877787807814457e-17]] * 3   (a variance-is-exactly-0 test sees 1.9e-34 and divides by 1.4e-17: -1)
    const X = [[0.1], [0.1], [0.1]];
    given({ X }, () => {
      const scaler = fitStandardScaler(X);
      expectStats(scaler.scale, [1], "scale");
      expectMatrixClose(scaler.transform(X), [[0], [0], [0]], TOLERANCE, "transform(X)");
    });
  });

  it("one row: every column is constant", () => {
    const X = [[3, -2, 0.5]];
    given({ X }, () => {
      const scaler = fitStandardScaler(X);
      expectStats(scaler.scale, [1, 1, 1], "scale");
      expectMatrixClose(scaler.transform([[4, -2, 0.5]]), [[1, 0, 0]], TOLERANCE, "transform([[4, -2, 0.5]])");
    });
  });

  it("a large offset: no catastrophic cancellation (E[x²] − E[x]² loses everything here)", () => {
    // StandardScaler().fit([[1e9+1],[1e9+2],[1e9+3]]).scale_ -> [0.816496580927726]; transform -> ±1.224744871391589, 0
    const X = [[1e9 + 1], [1e9 + 2], [1e9 + 3]];
    given({ X }, () => {
      const scaler = fitStandardScaler(X);
      expectStats(scaler.scale, [0.816496580927726], "scale");
      expectMatrixClose(scaler.transform(X), [[-1.224744871391589], [0], [1.224744871391589]], 1e-6, "transform(X)");
    });
  });
});

specs("correct", "min-max scaling: golden values from scikit-learn", () => {
  it("MinMaxScaler on listings.json, default range and featureRange [-1, 1]", () => {
    // MinMaxScaler().fit(X): data_min_, data_max_, transform(X); MinMaxScaler(feature_range=(-1, 1)).fit(X).transform(X)
    // golden.json "minmax.*"; the constant fee column maps to the range's low end
    const { X } = loadListings();
    given({ X }, () => {
      const scaler = fitMinMaxScaler(X);
      expectStats(scaler.dataMin, goldenValue("minmax.dataMin"), "dataMin");
      expectStats(scaler.dataMax, goldenValue("minmax.dataMax"), "dataMax");
      expectMatrixClose(scaler.transform(X), goldenValue("minmax.transform"), TOLERANCE, "transform(X)");
      expectMatrixClose(fitMinMaxScaler(X, { featureRange: [-1, 1] }).transform(X), goldenValue("minmax.range"), TOLERANCE, "featureRange [-1, 1]: transform(X)");
    });
  });

  it("no clipping: unseen values leave [0, 1]; a constant column uses a range of 1", () => {
    // MinMaxScaler().fit([[1, 5], [3, 5]]).transform([[2, 5], [4, 7], [0, 5]]) -> [[0.5, 0], [1.5, 2], [-0.5, 0]]
    const X = [[1, 5], [3, 5]];
    given({ X }, () => {
      const scaler = fitMinMaxScaler(X);
      expectMatrixClose(scaler.transform([[2, 5], [4, 7], [0, 5]]), [[0.5, 0], [1.5, 2], [-0.5, 0]], TOLERANCE, "transform([[2, 5], [4, 7], [0, 5]])");
    });
  });
});

specs("correct", "one-hot encoding: golden values from scikit-learn", () => {
  it("OneHotEncoder on the first 48 listings: sorted categories, one block per column", () => {
    // OneHotEncoder(sparse_output=False).fit(C[:48]).categories_ -> [['Bordeaux','Lyon','Marseille','Paris','lyon'],
    //   ['flat','house','loft','studio'], [0, 1, 2, 3, 10, 12]]; .transform(C[:48]): golden.json "onehot.transform"
    const rows = loadListings().categories.slice(0, 48);
    given({ rows }, () => {
      const encoder = fitOneHotEncoder(rows);
      const expected = goldenValue<(string | number)[][]>("onehot.categories");
      if (JSON.stringify(encoder.categories) !== JSON.stringify(expected)) fail("categories differ from scikit-learn's categories_", abridge(expected), abridge(encoder.categories));
      expectMatrixClose(encoder.transform(rows), goldenValue("onehot.transform"), 0, "transform(rows)");
    });
  });

  it("handleUnknown 'ignore': an unseen category is an all-zero block", () => {
    // OneHotEncoder(sparse_output=False, handle_unknown='ignore').fit(C[:48]).transform(C[48:]): golden.json "onehot.unknown"
    const all = loadListings().categories;
    const rows = all.slice(0, 48);
    const unseen = all.slice(48);
    given({ rows, unseen }, () => {
      expectMatrixClose(fitOneHotEncoder(rows, { handleUnknown: "ignore" }).transform(unseen), goldenValue("onehot.unknown"), 0, "transform(rows 48-59)");
    });
  });

  it("numbers sort numerically, strings by code unit (upper case first)", () => {
    // OneHotEncoder().fit([['b',10],['a',9],['c',2],['B',9]]).categories_ -> [['B','a','b','c'], [2, 9, 10]]
    // .transform([['a', 2]]) -> [[0, 1, 0, 0, 1, 0, 0]]
    const rows = [["b", 10], ["a", 9], ["c", 2], ["B", 9]];
    given({ rows }, () => {
      const encoder = fitOneHotEncoder(rows);
      if (JSON.stringify(encoder.categories) !== JSON.stringify([["B", "a", "b", "c"], [2, 9, 10]])) {
        fail("categories should be sorted: strings by code unit, numbers numerically", '[["B","a","b","c"],[2,9,10]]', abridge(encoder.categories));
      }
      expectMatrixClose(encoder.transform([["a", 2]]), [[0, 1, 0, 0, 1, 0, 0]], 0, "transform([['a', 2]])");
    });
  });
});

specs("edge", "one-hot encoding: unknown categories and single values", () => {
  it("handleUnknown 'error' (the default): an unseen category is a RangeError naming it", () => {
    const rows = [["red"], ["blue"]];
    given({ rows }, () => {
      const encoder = fitOneHotEncoder(rows);
      expectError(() => encoder.transform([["green"]]), RangeError, /unknown|green/i);
      expectError(() => fitOneHotEncoder(rows, { handleUnknown: "error" }).transform([["blue"], ["green"]]), RangeError, /unknown|green/i);
    });
  });

  it("a column with one category is a block of width 1; 1 and '1' are not the same category", () => {
    const rows = [["x", 1], ["x", 2]];
    given({ rows }, () => {
      const encoder = fitOneHotEncoder(rows, { handleUnknown: "ignore" });
      expectMatrixClose(encoder.transform([["x", 2], ["x", "1" as unknown as number]]), [[1, 0, 1], [1, 0, 0]], 0, "transform([['x', 2], ['x', '1']])");
    });
  });
});

specs("contract", "scalers and encoder: errors name the problem", () => {
  const bad: { name: string; X: unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "X not an array", X: "rows", type: TypeError, pattern: /X/ },
    { name: "no rows", X: [], type: RangeError, pattern: /empty/i },
    { name: "rows with no features", X: [[], []], type: RangeError, pattern: /empty|feature/i },
    { name: "a row that is not an array", X: [[1], 2], type: TypeError, pattern: /row|array/i },
    { name: "ragged rows", X: [[1, 2], [3]], type: RangeError, pattern: /length/i },
    { name: "a NaN value", X: [[1], [Number.NaN]], type: RangeError, pattern: /finite/i },
    { name: "a string value", X: [[1], ["2"]], type: TypeError, pattern: /number/i },
  ];
  for (const c of bad) {
    it(`fitStandardScaler and fitMinMaxScaler: ${c.name}`, () => {
      given({ X: c.X }, () => {
        expectError(() => fitStandardScaler(c.X as number[][]), c.type, c.pattern);
        expectError(() => fitMinMaxScaler(c.X as number[][]), c.type, c.pattern);
      });
    });
  }

  it("transform: rows with another number of columns than the fitted ones", () => {
    const X = [[1, 2], [3, 4]];
    given({ X }, () => {
      expectError(() => fitStandardScaler(X).transform([[1]]), RangeError, /feature|length|column/i);
      expectError(() => fitMinMaxScaler(X).transform([[1, 2, 3]]), RangeError, /feature|length|column/i);
    });
  });

  it("fitMinMaxScaler: featureRange that is not [lo, hi] with lo < hi", () => {
    const X = [[1], [2]];
    given({ X }, () => {
      expectError(() => fitMinMaxScaler(X, { featureRange: [1, 0] }), RangeError, /featureRange/);
      expectError(() => fitMinMaxScaler(X, { featureRange: [0, 0] }), RangeError, /featureRange/);
      expectError(() => fitMinMaxScaler(X, { featureRange: [0, Infinity] }), RangeError, /featureRange/);
    });
  });

  it("fitOneHotEncoder: bad rows, mixed columns, a bad handleUnknown, ragged transform rows", () => {
    given({ rows: "abc" }, () => expectError(() => fitOneHotEncoder("abc" as unknown as string[][]), TypeError, /rows|array/i));
    given({ rows: [] }, () => expectError(() => fitOneHotEncoder([]), RangeError, /empty/i));
    given({ rows: [["a"], [1]] }, () => expectError(() => fitOneHotEncoder([["a"], [1]]), TypeError, /mix/i));
    given({ rows: [["a"], [null]] }, () => expectError(() => fitOneHotEncoder([["a"], [null as unknown as string]]), TypeError, /categor/i));
    given({ rows: [["a", "b"], ["c"]] }, () => expectError(() => fitOneHotEncoder([["a", "b"], ["c"]]), RangeError, /length|column/i));
    given({ options: { handleUnknown: "zero" } }, () =>
      expectError(() => fitOneHotEncoder([["a"]], { handleUnknown: "zero" as "ignore" }), RangeError, /handleUnknown/),
    );
    given({ rows: [["a", "b"]] }, () => expectError(() => fitOneHotEncoder([["a", "b"]]).transform([["a"]]), RangeError, /length|column/i));
  });
});

specs("contract", "scalers and encoder: input types, output shapes, immutability", () => {
  it("typed-array rows are accepted; transform returns new plain arrays and leaves its input alone", () => {
    const X = [Float64Array.from([1, 10]), Float64Array.from([3, 30])];
    given({ X }, () => {
      const standard = fitStandardScaler(X);
      const minmax = fitMinMaxScaler(X);
      expectAllClose(standard.mean, [2, 20], TOLERANCE, "mean");
      const probe = [[2, 20], [3, 10]];
      given({ probe }, () => {
        const out = standard.transform(probe);
        if (out === (probe as unknown) || out[0] === (probe[0] as unknown)) fail("transform should return new arrays", "new arrays", "the input rows");
        expectMatrixClose(out, [[0, 0], [1, -1]], TOLERANCE, "standard.transform(probe)");
        expectMatrixClose(minmax.transform(probe), [[0.5, 0.5], [1, 0]], TOLERANCE, "minmax.transform(probe)");
      });
    });
  });

  it("the fitted statistics do not change when the caller's rows change afterwards", () => {
    const X = [[1], [3]];
    given({ X: "[[1], [3]], then X[0][0] = 100 after fitting" }, () => {
      const scaler = fitStandardScaler(X);
      X[0]![0] = 100;
      expectMatrixClose(scaler.transform([[2]]), [[0]], TOLERANCE, "transform([[2]])");
    });
  });

  it("the encoder leaves its rows alone and returns 0/1 rows of the full width", () => {
    const rows = [["b", 2], ["a", 1], ["b", 1]];
    given({ rows }, () => {
      const out = fitOneHotEncoder(rows).transform(rows);
      expectMatrixClose(out, [[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 1, 0]], 0, "transform(rows)");
    });
  });
});
