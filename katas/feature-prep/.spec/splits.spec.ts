/**
 * Hidden specs for feature-prep: train/test split, k-fold and the leakage rule.
 *
 * Golden values: scikit-learn 1.9.1 — the sizes of train_test_split and the folds of KFold (numpy's arange as the
 * data), and StandardScaler / MinMaxScaler fitted on one KFold training split of fixtures/feature-prep/listings.json
 * (scripts/fixtures/golden/feature-prep.py prints the small ones and writes fixtures/feature-prep/golden.json).
 * scikit-learn's shuffles come from numpy's generator, which a JavaScript solution cannot reproduce: the kata states
 * its own (Fisher–Yates with seedrandom(String(seed))), and the shuffled cases are checked against the spec's own
 * implementation of that statement (statedPermutation in helpers.ts). The sizes are scikit-learn's either way.
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { kFold, scaleTrainTest, trainTestSplit, type Split } from "#impl/feature-prep";
import { abridge, expectAllClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { bruteStandard, expectMatrixClose, expectPartition, goldenValue, loadListings, statedPermutation } from "./helpers.ts";

const TOLERANCE = 1e-12;

function expectSizes(split: Split, n: number, nTrain: number, nTest: number, what: string): void {
  const { train, test } = expectPartition(split, n, what);
  if (train.length !== nTrain || test.length !== nTest) fail(`${what}: sizes differ from scikit-learn's`, `${nTrain} train, ${nTest} test`, `${train.length} train, ${test.length} test`);
}

const ascending = (a: number, b: number) => a - b;

specs("correct", "trainTestSplit: scikit-learn's sizes", () => {
  // train_test_split(np.arange(n), test_size=t) -> len(train), len(test)   (n_test = ceil(t * n), the float product)
  const sizes: [number, number, number, number][] = [
    [10, 0.25, 7, 3],
    [7, 0.5, 3, 4],
    [60, 0.2, 48, 12],
    [3, 0.5, 1, 2],
    [1000, 0.001, 999, 1],
    [11, 0.1, 9, 2],
    [10, 3, 7, 3], // an integer test_size is a count
  ];
  for (const [n, testSize, nTrain, nTest] of sizes) {
    it(`n = ${n}, testSize = ${testSize} -> ${nTrain} train, ${nTest} test`, () => {
      given({ n, options: { testSize } }, () => {
        expectSizes(trainTestSplit(n, { testSize }), n, nTrain, nTest, "trainTestSplit");
        expectSizes(trainTestSplit(n, { testSize, shuffle: false }), n, nTrain, nTest, "trainTestSplit (shuffle: false)");
      });
    });
  }

  it("testSize defaults to 0.25", () => {
    // train_test_split(np.arange(10)) -> 7, 3
    given({ n: 10 }, () => expectSizes(trainTestSplit(10), 10, 7, 3, "trainTestSplit(10)"));
  });
});

specs("edge", "trainTestSplit: the float product and the unshuffled order", () => {
  it("0.07 × 100 is 7.000000000000001 in floating point, so the test set has 8 rows (as in scikit-learn)", () => {
    // train_test_split(np.arange(100), test_size=0.07) -> 92, 8
    given({ n: 100, options: { testSize: 0.07 } }, () => expectSizes(trainTestSplit(100, { testSize: 0.07 }), 100, 92, 8, "trainTestSplit"));
  });

  it("shuffle: false keeps the order: the test rows are the last ones", () => {
    // train_test_split(np.arange(10), test_size=0.25, shuffle=False) -> [0..6], [7, 8, 9]
    given({ n: 10, options: { testSize: 0.25, shuffle: false } }, () => {
      const split = trainTestSplit(10, { testSize: 0.25, shuffle: false });
      expectAllClose(split.train, [0, 1, 2, 3, 4, 5, 6], 0, "train");
      expectAllClose(split.test, [7, 8, 9], 0, "test");
    });
  });
});

specs("correct", "trainTestSplit: the stated seeded shuffle", () => {
  it("the test rows are the first n_test of the seeded Fisher–Yates permutation (40 seeded cases)", () => {
    const rng = seedrandom("feature-prep-split-cases");
    for (let c = 0; c < 40; c++) {
      const n = 2 + Math.floor(rng() * 60);
      const testSize = c % 3 === 0 ? 1 + Math.floor(rng() * (n - 1)) : 0.05 + 0.9 * rng();
      const seed = Math.floor(rng() * 1000) - 100;
      const nTest = testSize < 1 ? Math.ceil(testSize * n) : testSize;
      if (nTest >= n) continue;
      const p = statedPermutation(n, seed);
      const expectedTest = p.slice(0, nTest).sort(ascending);
      const expectedTrain = p.slice(nTest).sort(ascending);
      given({ case: c, n, options: { testSize, seed } }, () => {
        const split = trainTestSplit(n, { testSize, seed });
        expectPartition(split, n, "trainTestSplit");
        expectAllClose(split.test, expectedTest, 0, "test");
        expectAllClose(split.train, expectedTrain, 0, "train");
      });
    }
  });

  it("seed defaults to 0, and the same seed gives the same split", () => {
    const expected = statedPermutation(20, 0).slice(0, 5).sort(ascending);
    given({ n: 20, options: { testSize: 5 } }, () => {
      expectAllClose(trainTestSplit(20, { testSize: 5 }).test, expected, 0, "test (seed 0 by default)");
      expectAllClose(trainTestSplit(20, { testSize: 5, seed: 0 }).test, expected, 0, "test (seed 0)");
    });
  });
});

specs("correct", "kFold: scikit-learn's folds", () => {
  // [t.tolist() for _, t in KFold(k).split(np.arange(n))]
  const cases: [number, number, number[][]][] = [
    [10, 3, [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]],
    [23, 5, [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14], [15, 16, 17, 18], [19, 20, 21, 22]]],
    [5, 2, [[0, 1, 2], [3, 4]]],
  ];
  for (const [n, k, folds] of cases) {
    it(`n = ${n}, k = ${k}: the first n mod k folds are one row larger`, () => {
      given({ n, k }, () => {
        const splits = kFold(n, k);
        if (!Array.isArray(splits) || splits.length !== k) fail(`kFold should return k = ${k} splits`, k, abridge(splits));
        folds.forEach((test, f) => {
          const { train } = expectPartition(splits[f], n, `fold ${f}`);
          expectAllClose(splits[f]!.test, test, 0, `fold ${f} test`);
          expectAllClose(train, Array.from({ length: n }, (_, i) => i).filter((i) => !test.includes(i)), 0, `fold ${f} train`);
        });
      });
    });
  }

  it("n = 100, k = 7: fold sizes 15, 15, 14, 14, 14, 14, 14", () => {
    // [len(t) for _, t in KFold(7).split(np.arange(100))] -> [15, 15, 14, 14, 14, 14, 14]
    given({ n: 100, k: 7 }, () => {
      const sizes = kFold(100, 7).map((s) => s.test.length);
      expectAllClose(sizes, [15, 15, 14, 14, 14, 14, 14], 0, "test fold sizes");
    });
  });
});

specs("edge", "kFold: leave-one-out and the seeded shuffle", () => {
  it("k = n is leave-one-out", () => {
    // [t.tolist() for _, t in KFold(7).split(np.arange(7))] -> [[0], [1], ..., [6]]
    given({ n: 7, k: 7 }, () => {
      kFold(7, 7).forEach((split, f) => {
        expectPartition(split, 7, `fold ${f}`);
        expectAllClose(split.test, [f], 0, `fold ${f} test`);
      });
    });
  });

  it("every row is in exactly one test fold, for every n and k up to 30", () => {
    for (let n = 2; n <= 30; n++) {
      for (let k = 2; k <= n; k++) {
        given({ n, k }, () => {
          const tested = new Array<number>(n).fill(0);
          for (const fold of kFold(n, k)) for (const i of fold.test) tested[i]!++;
          const row = tested.findIndex((c) => c !== 1);
          if (row >= 0) fail(`row ${row} should be in exactly one test fold`, "1 fold", `${tested[row]} folds`);
        });
      }
    }
  });

  it("shuffle: consecutive blocks of the seeded permutation, each list ascending (30 seeded cases)", () => {
    const rng = seedrandom("feature-prep-kfold-cases");
    for (let c = 0; c < 30; c++) {
      const n = 2 + Math.floor(rng() * 50);
      const k = 2 + Math.floor(rng() * (n - 1));
      const seed = Math.floor(rng() * 500);
      const p = statedPermutation(n, seed);
      const base = Math.floor(n / k);
      given({ case: c, n, k, options: { shuffle: true, seed } }, () => {
        const splits = kFold(n, k, { shuffle: true, seed });
        if (!Array.isArray(splits) || splits.length !== k) fail(`kFold should return k = ${k} splits`, k, abridge(splits));
        let start = 0;
        for (let f = 0; f < k; f++) {
          const size = base + (f < n % k ? 1 : 0);
          expectPartition(splits[f], n, `fold ${f}`);
          expectAllClose(splits[f]!.test, p.slice(start, start + size).sort(ascending), 0, `fold ${f} test`);
          start += size;
        }
      });
    }
  });
});

specs("correct", "scaleTrainTest: statistics from the training rows only", () => {
  it("StandardScaler and MinMaxScaler fitted on KFold(4) fold 1's training rows of listings.json", () => {
    // train, test = list(KFold(n_splits=4).split(X))[1]
    // StandardScaler().fit(X[train]).transform(X[train]) / .transform(X[test]); MinMaxScaler().fit(X[train]).transform(X[test])
    const { X } = loadListings();
    const [train, test] = goldenValue<[number[], number[]]>("leak.split");
    given({ X, split: { train, test } }, () => {
      const standard = scaleTrainTest(X, { train, test });
      expectMatrixClose(standard.train, goldenValue("leak.standard.train"), TOLERANCE, "standard: train");
      expectMatrixClose(standard.test, goldenValue("leak.standard.test"), TOLERANCE, "standard: test");
      expectMatrixClose(scaleTrainTest(X, { train, test }, "minmax").test, goldenValue("leak.minmax.test"), TOLERANCE, "minmax: test");
    });
  });

  it("a test row far from the training rows: 3 when fitted on the training rows, 1.22 if it leaked", () => {
    // StandardScaler().fit([[1],[3]]).transform([[5]]) -> [[3]]   (fitted on all three rows: [[1.224744871391589]])
    const X = [[1], [5], [3]];
    const split = { train: [0, 2], test: [1] };
    given({ X, split }, () => {
      const out = scaleTrainTest(X, split);
      expectMatrixClose(out.train, [[-1], [1]], TOLERANCE, "train");
      expectMatrixClose(out.test, [[3]], TOLERANCE, "test");
      expectMatrixClose(scaleTrainTest(X, split, "minmax").test, [[2]], TOLERANCE, "minmax: test");
    });
  });

  it("seeded random splits agree with a brute force fitted on the training rows (20 cases)", () => {
    const rng = seedrandom("feature-prep-leak-cases");
    for (let c = 0; c < 20; c++) {
      const n = 4 + Math.floor(rng() * 30);
      const d = 1 + Math.floor(rng() * 4);
      const X = Array.from({ length: n }, () => Array.from({ length: d }, () => Math.round((rng() - 0.3) * 1000) / 10));
      const p = statedPermutation(n, c);
      const nTest = 1 + Math.floor(rng() * (n - 2));
      const split = { train: p.slice(nTest), test: p.slice(0, nTest) }; // in permutation order: outputs follow it
      const trainRows = split.train.map((i) => X[i]!);
      const { mean, scale } = bruteStandard(trainRows);
      const standardize = (row: number[]) => row.map((v, j) => (v - mean[j]!) / scale[j]!);
      given({ case: c, X, split }, () => {
        const out = scaleTrainTest(X, split);
        expectMatrixClose(out.train, trainRows.map(standardize), 1e-9, "train");
        expectMatrixClose(out.test, split.test.map((i) => standardize(X[i]!)), 1e-9, "test");
      });
    }
  });
});

specs("edge", "scaleTrainTest: a column constant on the training rows", () => {
  it("constant on the training rows, different on the test row: scale 1 (standard) and range 1 (minmax)", () => {
    const X = [[7, 1], [7, 2], [9, 3]];
    const split = { train: [0, 1], test: [2] };
    given({ X, split }, () => {
      expectMatrixClose(scaleTrainTest(X, split).test, [[2, 3]], TOLERANCE, "standard: test");
      expectMatrixClose(scaleTrainTest(X, split, "minmax").test, [[2, 2]], TOLERANCE, "minmax: test");
    });
  });
});

specs("contract", "splits: errors name the problem", () => {
  const cases: { name: string; call: () => unknown; type: typeof RangeError | typeof TypeError; pattern: RegExp }[] = [
    { name: "trainTestSplit: n not a number", call: () => trainTestSplit("10" as unknown as number), type: TypeError, pattern: /\bn\b/ },
    { name: "trainTestSplit: n = 2.5", call: () => trainTestSplit(2.5), type: RangeError, pattern: /\bn\b/ },
    { name: "trainTestSplit: testSize 0", call: () => trainTestSplit(10, { testSize: 0 }), type: RangeError, pattern: /testSize/ },
    { name: "trainTestSplit: testSize 1.5", call: () => trainTestSplit(10, { testSize: 1.5 }), type: RangeError, pattern: /testSize/ },
    { name: "trainTestSplit: testSize -0.2", call: () => trainTestSplit(10, { testSize: -0.2 }), type: RangeError, pattern: /testSize/ },
    { name: "trainTestSplit: an empty train set (testSize 0.95 of 10)", call: () => trainTestSplit(10, { testSize: 0.95 }), type: RangeError, pattern: /empty|train/i },
    { name: "trainTestSplit: an empty train set (testSize 10 of 10)", call: () => trainTestSplit(10, { testSize: 10 }), type: RangeError, pattern: /empty|train/i },
    { name: "trainTestSplit: a seed of 1.5", call: () => trainTestSplit(10, { seed: 1.5 }), type: RangeError, pattern: /seed/ },
    { name: "kFold: k = 1", call: () => kFold(10, 1), type: RangeError, pattern: /\bk\b/ },
    { name: "kFold: k > n", call: () => kFold(3, 4), type: RangeError, pattern: /\bk\b|fold/ },
    { name: "kFold: k not a number", call: () => kFold(10, "3" as unknown as number), type: TypeError, pattern: /\bk\b/ },
    { name: "kFold: a seed of NaN", call: () => kFold(10, 2, { shuffle: true, seed: Number.NaN }), type: RangeError, pattern: /seed/ },
    { name: "scaleTrainTest: a row in both train and test", call: () => scaleTrainTest([[1], [2], [3]], { train: [0, 1], test: [1, 2] }), type: RangeError, pattern: /both|overlap|leak/i },
    { name: "scaleTrainTest: an index out of range", call: () => scaleTrainTest([[1], [2]], { train: [0], test: [2] }), type: RangeError, pattern: /index|range/i },
    { name: "scaleTrainTest: an empty train list", call: () => scaleTrainTest([[1], [2]], { train: [], test: [0] }), type: RangeError, pattern: /empty|train/i },
    { name: "scaleTrainTest: a duplicate index", call: () => scaleTrainTest([[1], [2], [3]], { train: [0, 0], test: [1] }), type: RangeError, pattern: /twice|duplicate/i },
    { name: "scaleTrainTest: an unknown method", call: () => scaleTrainTest([[1], [2]], { train: [0], test: [1] }, "robust" as "standard"), type: RangeError, pattern: /method/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ call: c.name }, () => expectError(c.call, c.type, c.pattern));
    });
  }
});

specs("contract", "splits: shapes and immutability", () => {
  it("scaleTrainTest leaves X and the split's lists as they were, and follows their order", () => {
    const X = [[4, 1], [2, 2], [8, 3], [6, 5]];
    const split = { train: [3, 0, 2], test: [1] };
    given({ X, split }, () => {
      const out = scaleTrainTest(X, split, "minmax");
      expectMatrixClose(out.train, [[0.5, 1], [0, 0], [1, 0.5]], TOLERANCE, "train (in split.train's order)");
      expectMatrixClose(out.test, [[-0.5, 0.25]], TOLERANCE, "test");
    });
  });

  it("an empty test list gives no test rows", () => {
    const X = [[1], [3]];
    const split = { train: [0, 1], test: [] };
    given({ X, split }, () => {
      const out = scaleTrainTest(X, split);
      if (!Array.isArray(out.test) || out.test.length !== 0) fail("test should be []", "[]", abridge(out.test));
    });
  });
});
