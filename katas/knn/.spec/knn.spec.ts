/**
 * Hidden specs for the knn kata. Golden values: scikit-learn 1.9.1 (KNeighborsClassifier / KNeighborsRegressor /
 * NearestNeighbors with algorithm="brute"; predict(None) and kneighbors(None) for leave-one-out) on data without
 * equal distances, and faiss-cpu 1.15.1 (IndexFlatL2.search, which returns equal distances lower id first) for the
 * order of equal distances: scikit-learn's brute force does not order them (it returns [1, 0, 5, 4, 3] where faiss
 * and the kata say [0, 1, 4, 5, 2]). Every value is printed by scripts/fixtures/golden/knn.py.
 *
 * Tolerances: distances and regression outputs within 1e-12 · (1 + |value|) (scikit-learn computes distances as
 * ‖a‖² − 2a·b + ‖b‖², which rounds differently from Σ(a − b)²); labels and indices exactly.
 */
import { readFileSync } from "node:fs";
import seedrandom from "seedrandom";
import { it } from "vitest";
import { kNeighbors, knnClassify, knnRegress, type KnnOptions } from "#impl/knn";
import { abridge, expectAllClose, expectClose, expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";

const TOLERANCE = 1e-12;

interface Blobs {
  train: number[][];
  labels: number[];
  targets: number[];
  queries: number[][];
  queryLabels: number[];
}

function blobs(): Blobs {
  return JSON.parse(readFileSync(new URL("../../../fixtures/knn/blobs-300.json", import.meta.url), "utf8")) as Blobs;
}

function expectLabels(actual: unknown, expected: number[], what: string): void {
  if (!Array.isArray(actual) || actual.length !== expected.length) fail(`${what} should be an array of ${expected.length} labels`, abridge(expected), abridge(actual));
  for (let i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) fail(`${what}[${i}] should be ${expected[i]}`, abridge(expected), abridge(actual));
  }
}

function expectValues(actual: unknown, expected: number[], what: string): void {
  expectAllClose(actual, expected, TOLERANCE * (1 + Math.max(...expected.map(Math.abs))), what);
}

function expectNeighbours(actual: unknown, indices: number[][], distances: number[][]): void {
  if (typeof actual !== "object" || actual === null) fail("kNeighbors should return { indices, distances }", "an object", abridge(actual));
  const result = actual as { indices?: unknown; distances?: unknown };
  if (!Array.isArray(result.indices) || result.indices.length !== indices.length) fail(`indices should have one row per query (${indices.length})`, abridge(indices), abridge(result.indices));
  if (!Array.isArray(result.distances) || result.distances.length !== indices.length) fail(`distances should have one row per query (${indices.length})`, abridge(distances), abridge(result.distances));
  indices.forEach((row, q) => expectLabels((result.indices as unknown[])[q], row, `indices[${q}]`));
  distances.forEach((row, q) => expectAllClose((result.distances as unknown[])[q], row, TOLERANCE * (1 + Math.max(...row)), `distances[${q}]`));
}

const TINY = [[0], [1], [2], [3], [10], [11]];
const TINY_LABELS = [7, 3, 3, 7, 5, 5];

// Golden arrays (blobs-300.json), printed by scripts/fixtures/golden/knn.py; the expressions are beside their use.
const C1U = [
      3, 9, 9, 7, 9, 3, 9, 7, 3, 7, 3, 3, 9, 7, 3, 3, 3, 7, 9, 3, 9, 9, 7, 9, 7, 9, 3, 9, 3, 3, 7, 7, 7, 7, 3, 9, 7,
      3, 9, 3, 7, 3, 9, 9, 3, 3, 3, 7, 3, 7, 7, 7, 9, 9, 3, 7, 9, 3, 7, 3
    ];
const C5U = [
      7, 9, 9, 7, 9, 3, 9, 3, 7, 9, 3, 3, 9, 7, 9, 3, 3, 7, 9, 3, 9, 9, 9, 9, 7, 9, 3, 9, 3, 3, 3, 7, 3, 7, 7, 9, 9,
      3, 9, 3, 3, 3, 9, 9, 3, 3, 3, 7, 3, 7, 7, 7, 9, 9, 3, 9, 7, 3, 7, 3
    ];
const C5D = [
      3, 9, 9, 7, 9, 3, 9, 3, 3, 9, 3, 3, 9, 7, 9, 3, 3, 7, 9, 3, 9, 9, 9, 9, 7, 9, 3, 9, 3, 3, 3, 7, 3, 7, 3, 9, 9,
      3, 9, 3, 3, 3, 9, 9, 3, 3, 3, 7, 3, 7, 7, 7, 9, 9, 3, 9, 9, 3, 7, 3
    ];
const C15D = [
      3, 7, 9, 7, 9, 3, 9, 3, 7, 9, 3, 3, 9, 7, 9, 3, 3, 7, 9, 3, 9, 9, 7, 9, 7, 9, 3, 9, 9, 3, 3, 7, 3, 7, 3, 9, 9,
      3, 9, 3, 3, 3, 9, 9, 3, 3, 3, 7, 3, 7, 7, 7, 9, 9, 3, 9, 9, 3, 7, 3
    ];
const R5U = [
      2.8714000000000004, 3.0170000000000003, 1.7908000000000002, 6.356, 0.151, -0.8699999999999999,
      0.11280000000000001, -0.47700000000000004, 3.7020000000000004, 4.7834, -1.5838, 2.1996, 5.8926,
      4.724600000000001, -0.4046, 2.243, -0.476, 4.9799999999999995, 1.1723999999999999, -0.6706, 4.7112, 2.6736,
      1.9462000000000004, 0.11279999999999998, 5.909000000000001, 1.4476000000000002, 0.3774, 8.9468, -1.2256,
      -0.7020000000000001, 0.8594000000000002, 8.5596, -0.41899999999999993, 6.176800000000001, 1.9695999999999998,
      2.599, 2.9189999999999996, -2.2542, 4.7112, 1.8521999999999998, 2.3772, -3.8762, 5.792199999999999, 6.2674,
      -1.8631999999999997, 0.6298, 0.3894, 3.3182, -1.004, 8.8762, 7.766000000000001, 7.009600000000001,
      5.574800000000001, 1.4532, -1.105, 1.9015999999999997, 5.153, -0.6634, 4.2832, 0.20379999999999998
    ];
const R5D = [
      2.8545781235923635, 3.037539580602635, 1.9220626467380204, 6.373026647178822, -0.05139014536386735,
      -0.8547111019198789, 0.24415502861792854, -0.5524622118904193, 3.616463812304372, 4.750831626896434,
      -1.5870979947020845, 2.133389217013969, 5.952393439194599, 4.696924101458734, -0.40258409182648053,
      2.4551113699626774, -0.5691761800940383, 4.861711015645996, 1.1891222451584456, -0.6774426031566542,
      5.083242605082126, 2.719466885613556, 1.9858707983730117, 0.026234275802398586, 5.950848277830122,
      1.507722360767729, 0.37215859350640407, 9.01887217187291, -1.3092199294066689, -0.7146902406960397,
      0.9501874512224511, 8.497700358536942, -0.37339214749233995, 6.106399955674915, 1.9011582797689615,
      2.5587127473119153, 2.972027272760107, -2.2598351936865875, 4.755676331942042, 1.7525975935477396,
      2.420402699977703, -3.8518168229373857, 5.924903314485875, 6.525034049449057, -1.9772085709095513,
      0.7266076181292487, 0.39692304956196567, 3.327224887633713, -1.0107250157455352, 8.80342890169549,
      7.813698228824275, 7.037393633767084, 6.032454616631419, 1.420110686332227, -1.227683967065213,
      1.9135130134343115, 5.236572934301151, -0.6597999794356698, 4.186286006646798, 0.15166515841818368
    ];
const LOOC = [
      7, 9, 9, 7, 9, 9, 7, 3, 7, 3, 7, 7, 7, 9, 7, 7, 3, 9, 3, 3, 9, 9, 7, 7, 7, 7, 9, 3, 3, 3, 3, 3, 3, 9, 3, 9, 3,
      7, 7, 9, 9, 3, 7, 9, 9, 7, 3, 7, 7, 3, 9, 3, 3, 9, 3, 9, 7, 9, 9, 3, 7, 9, 9, 9, 9, 3, 7, 9, 7, 3, 7, 7, 9, 7,
      3, 7, 7, 7, 7, 9, 9, 7, 3, 7, 7, 9, 3, 3, 7, 3, 9, 3, 7, 3, 7, 9, 7, 9, 3, 9, 3, 7, 9, 9, 7, 9, 3, 9, 9, 3, 3,
      9, 7, 3, 7, 7, 7, 3, 3, 9, 3, 3, 9, 3, 3, 7, 7, 7, 9, 3, 3, 9, 7, 7, 3, 9, 3, 9, 3, 3, 7, 3, 3, 3, 9, 7, 3, 3,
      3, 3, 3, 3, 3, 7, 9, 3, 7, 3, 9, 7, 9, 7, 7, 3, 7, 7, 3, 3, 9, 7, 3, 7, 3, 3, 9, 3, 3, 7, 7, 3, 3, 7, 9, 7, 3,
      9, 9, 7, 7, 3, 9, 3, 7, 9, 9, 9, 3, 3, 9, 7, 9, 7, 7, 3, 9, 7, 9, 3, 9, 9, 3, 7, 7, 7, 3, 3, 3, 3, 7, 3, 9, 7,
      9, 3, 7, 7, 9, 9, 3, 9, 3, 7, 3, 3, 7, 7, 3, 7, 3, 3, 7, 7, 3, 7, 3, 3, 9, 3, 3, 7, 3, 7, 9, 7, 3, 9, 9, 9, 7,
      9, 3, 9, 3, 7, 3, 3, 3, 7, 9, 9, 7, 7, 7, 9, 3, 3, 3, 3, 3, 7, 3, 9, 7, 9, 3, 9, 7, 3, 3, 7, 9, 9, 3, 3, 7, 9,
      3, 3, 3, 3
    ];

specs("correct", "kNeighbors: golden cases from scikit-learn", () => {
  it("1-D: the 3 nearest of 1.4 and 9, nearest first", () => {
    // NearestNeighbors(n_neighbors=3, algorithm="brute").fit(TINY).kneighbors([[1.4], [9]])
    given({ train: TINY, queries: [[1.4], [9]], k: 3 }, () =>
      expectNeighbours(kNeighbors(TINY, [[1.4], [9]], 3), [[1, 2, 0], [4, 5, 3]], [[0.3999999999999999, 0.6000000000000003, 1.4], [1, 2, 6]]),
    );
  });

  it("blobs-300.json: the 5 nearest of the first 3 queries", () => {
    const data = blobs();
    const queries = data.queries.slice(0, 3);
    // NearestNeighbors(n_neighbors=5, algorithm="brute").fit(train).kneighbors(queries[:3])
    given({ train: data.train, queries, k: 5 }, () =>
      expectNeighbours(
        kNeighbors(data.train, queries, 5),
        [[24, 170, 86, 188, 41], [231, 50, 235, 162, 164], [40, 268, 105, 158, 229]],
        [
          [0.09974467404327794, 0.217451143938128, 0.23507658326596323, 0.2372551369306894, 0.24022697600394602],
          [0.13516286472252684, 0.1534438007871298, 0.17314156057977484, 0.20036965838170284, 0.22357996332408564],
          [0.11684605256490137, 0.1412232275512832, 0.15811388300842008, 0.16560193235588602, 0.297566799223302],
        ],
      ),
    );
  });
});

specs("correct", "knnClassify: golden cases from scikit-learn", () => {
  it("1-D, k = 3: labels are any numbers, not 0..c-1", () => {
    // KNeighborsClassifier(n_neighbors=3, algorithm="brute").fit(TINY, [7,3,3,7,5,5]).predict([[1.5], [9]]) -> [3, 5]
    given({ train: TINY, labels: TINY_LABELS, queries: [[1.5], [9]], options: { k: 3 } }, () =>
      expectLabels(knnClassify(TINY, TINY_LABELS, [[1.5], [9]], { k: 3 }), [3, 5], "predictions"),
    );
  });

  const cases: { name: string; options: KnnOptions; expected: number[] }[] = [
    // KNeighborsClassifier(n_neighbors=1, algorithm="brute").fit(train, labels).predict(queries)   (accuracy 0.7333)
    { name: "k = 1", options: { k: 1 }, expected: C1U },
    // KNeighborsClassifier(n_neighbors=5, algorithm="brute").fit(train, labels).predict(queries)   (accuracy 0.8833)
    { name: "k = 5, uniform", options: { k: 5 }, expected: C5U },
    // KNeighborsClassifier(n_neighbors=5, weights="distance", algorithm="brute").fit(...).predict(queries)   (accuracy 0.85)
    { name: "k = 5, distance weights", options: { k: 5, weights: "distance" }, expected: C5D },
    // KNeighborsClassifier(n_neighbors=15, weights="distance", algorithm="brute").fit(...).predict(queries)   (accuracy 0.8667)
    { name: "k = 15, distance weights", options: { k: 15, weights: "distance" }, expected: C15D },
  ];
  for (const c of cases) {
    it(`blobs-300.json: 60 queries, ${c.name}`, () => {
      const data = blobs();
      given({ train: data.train, labels: data.labels, queries: data.queries, options: c.options }, () =>
        expectLabels(knnClassify(data.train, data.labels, data.queries, c.options), c.expected, "predictions"),
      );
    });
  }

  it("the defaults are k = 5 and uniform weights", () => {
    const data = blobs();
    // KNeighborsClassifier(algorithm="brute") (n_neighbors=5, weights="uniform") on the same data
    given({ train: data.train, labels: data.labels, queries: data.queries }, () => expectLabels(knnClassify(data.train, data.labels, data.queries), C5U, "predictions"));
  });
});

specs("correct", "knnRegress: golden cases from scikit-learn", () => {
  it("1-D: k = 2 uniform, and k = 3 with distance weights", () => {
    const targets = TINY_LABELS;
    // KNeighborsRegressor(n_neighbors=2, algorithm="brute").fit(TINY, [7,3,3,7,5,5]).predict([[0.4], [10.5]]) -> [5, 5]
    // KNeighborsRegressor(n_neighbors=3, weights="distance", ...).predict([[1.5], [0.5]]) -> [3.5714285714285707, 4.714285714285714]
    given({ train: TINY, targets, queries: [[0.4], [10.5], [1.5], [0.5]] }, () => {
      expectValues(knnRegress(TINY, targets, [[0.4], [10.5]], { k: 2 }), [5, 5], "k = 2 uniform");
      expectValues(knnRegress(TINY, targets, [[1.5], [0.5]], { k: 3, weights: "distance" }), [3.5714285714285707, 4.714285714285714], "k = 3 distance");
    });
  });

  it("blobs-300.json: 60 queries, k = 5 uniform", () => {
    const data = blobs();
    // KNeighborsRegressor(n_neighbors=5, algorithm="brute").fit(train, targets).predict(queries)
    given({ train: data.train, targets: data.targets, queries: data.queries }, () =>
      expectValues(knnRegress(data.train, data.targets, data.queries, { k: 5 }), R5U, "predictions"),
    );
  });

  it("blobs-300.json: 60 queries, k = 5 with distance weights", () => {
    const data = blobs();
    // KNeighborsRegressor(n_neighbors=5, weights="distance", algorithm="brute").fit(train, targets).predict(queries)
    given({ train: data.train, targets: data.targets, queries: data.queries }, () =>
      expectValues(knnRegress(data.train, data.targets, data.queries, { k: 5, weights: "distance" }), R5D, "predictions"),
    );
  });
});

const LINE = [[1], [-1], [2], [-2], [1], [-1], [3]];

specs("edge", "equal distances: the lower training index first (faiss's order)", () => {
  it("the 5 nearest of 0 on a line with four points at distance 1", () => {
    // faiss.IndexFlatL2(1).add(LINE).search([[0]], 5) -> I [[0, 1, 4, 5, 2]], D [[1, 1, 1, 1, 4]] (squared)
    // (scikit-learn's brute force returns [[1, 0, 5, 4, 3]]: its heap keeps no order among equal distances.)
    given({ train: LINE, queries: [[0]], k: 5 }, () => expectNeighbours(kNeighbors(LINE, [[0]], 5), [[0, 1, 4, 5, 2]], [[1, 1, 1, 1, 2]]));
  });

  it("a grid with rings of equal distances", () => {
    const grid = [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, -1], [2, 0], [0, 2]];
    const queries = [[0, 0], [1, 1], [0.5, 0.5]];
    // faiss.IndexFlatL2(2).add(grid).search(queries, 6) -> I [[0,1,2,3,4,5],[5,1,2,0,7,8],[0,1,2,5,3,4]]
    given({ train: grid, queries, k: 6 }, () =>
      expectNeighbours(
        kNeighbors(grid, queries, 6),
        [[0, 1, 2, 3, 4, 5], [5, 1, 2, 0, 7, 8], [0, 1, 2, 5, 3, 4]],
        [[0, 1, 1, 1, 1, Math.SQRT2], [0, 1, 1, Math.SQRT2, Math.SQRT2, Math.SQRT2], [Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, Math.sqrt(2.5), Math.sqrt(2.5)]],
      ),
    );
  });

  it("the tie rule decides which of the equally near points vote, and which targets are averaged", () => {
    const labels = [5, 2, 9, 9, 5, 2, 9];
    const targets = [10, 20, 0, 0, 40, 80, 0];
    // k = 3 of 0: indices 0, 1, 4 (faiss order above) -> labels 5, 2, 5 -> 5; targets (10 + 20 + 40) / 3
    given({ train: LINE, labels, targets, queries: [[0]], options: { k: 3 } }, () => {
      expectLabels(knnClassify(LINE, labels, [[0]], { k: 3 }), [5], "knnClassify");
      expectValues(knnRegress(LINE, targets, [[0]], { k: 3 }), [70 / 3], "knnRegress");
    });
  });
});

specs("edge", "vote ties go to the smallest label", () => {
  it("a 2-2 vote (k = 4) between labels 3 and 7 gives 3", () => {
    // KNeighborsClassifier(n_neighbors=4, algorithm="brute").fit(TINY, [7,3,3,7,5,5]).predict([[1.5]]) -> [3]
    given({ train: TINY, labels: TINY_LABELS, queries: [[1.5]], options: { k: 4 } }, () => expectLabels(knnClassify(TINY, TINY_LABELS, [[1.5]], { k: 4 }), [3], "predictions"));
  });

  it("a 1-1 vote under uniform weights ignores which neighbour is nearer", () => {
    // KNeighborsClassifier(n_neighbors=2, algorithm="brute").fit(TINY, [7,3,3,7,5,5]).predict([[0.4]]) -> [3] (the nearest is a 7)
    given({ train: TINY, labels: TINY_LABELS, queries: [[0.4]], options: { k: 2 } }, () => expectLabels(knnClassify(TINY, TINY_LABELS, [[0.4]], { k: 2 }), [3], "predictions"));
  });

  it("equal total weights under distance weights, with negative labels", () => {
    // Distances 1 and 1 (weights 1 and 1), or 2, 2 and 1 (0.5 + 0.5 = 1): exact ties; the smallest label wins.
    const train = [[-1], [1], [4], [-4], [3]];
    const labels = [8, -2, 8, 8, -2];
    given({ train, labels, queries: [[0], [2]], options: { k: 2, weights: "distance" } }, () => {
      expectLabels(knnClassify(train, labels, [[0]], { k: 2, weights: "distance" }), [-2], "k = 2 at 0");
      expectLabels(knnClassify([[0], [4], [3]], [1, 1, 0], [[2]], { k: 3, weights: "distance" }), [0], "k = 3 at 2 (1/2 + 1/2 against 1/1)");
    });
  });
});

specs("edge", "a query at distance 0 under distance weights (scikit-learn's rule)", () => {
  it("regression: the mean target of the neighbours at distance 0 (not NaN)", () => {
    // KNeighborsRegressor(n_neighbors=3, weights="distance", algorithm="brute").fit([[0],[1],[1],[3]], [10,20,40,100]).predict([[1],[2]]) -> [30, 53.333333333333336]
    const train = [[0], [1], [1], [3]];
    const targets = [10, 20, 40, 100];
    given({ train, targets, queries: [[1], [2]], options: { k: 3, weights: "distance" } }, () =>
      expectValues(knnRegress(train, targets, [[1], [2]], { k: 3, weights: "distance" }), [30, 53.333333333333336], "predictions"),
    );
  });

  it("classification: only the neighbours at distance 0 vote, one vote each", () => {
    const train = [[5], [5], [5], [6], [6]];
    const labels = [9, 9, 2, 2, 2];
    // KNeighborsClassifier(n_neighbors=5, weights="distance", ...).fit(train, labels).predict([[5]]) -> [9]; uniform -> [2]
    given({ train, labels, queries: [[5]] }, () => {
      expectLabels(knnClassify(train, labels, [[5]], { k: 5, weights: "distance" }), [9], "distance weights");
      expectLabels(knnClassify(train, labels, [[5]], { k: 5 }), [2], "uniform weights");
    });
  });

  it("one neighbour at distance 0 takes the whole weight; the others count 0", () => {
    const train = [[0, 0], [3, 4], [6, 8]];
    given({ train, queries: [[3, 4]] }, () => {
      expectValues(knnRegress(train, [1, 2, 100], [[3, 4]], { k: 3, weights: "distance" }), [2], "knnRegress");
      expectLabels(knnClassify(train, [1, 2, 1], [[3, 4]], { k: 3, weights: "distance" }), [2], "knnClassify");
    });
  });
});

specs("edge", "leave-one-out (queries = null): each point against the others", () => {
  it("1-D, k = 4: scikit-learn's predict(None)", () => {
    // KNeighborsClassifier(n_neighbors=4, algorithm="brute").fit(TINY, [7,3,3,7,5,5]).predict(None) -> [3, 7, 7, 3, 3, 3]
    given({ train: TINY, labels: TINY_LABELS, options: { k: 4 } }, () => expectLabels(knnClassify(TINY, TINY_LABELS, null, { k: 4 }), [3, 7, 7, 3, 3, 3], "predictions"));
  });

  it("kNeighbors(train, null, 2): the point itself is never its own neighbour; ties by index", () => {
    // Brute force (the faiss order): point 1 has 0 and 2 at distance 1, point 2 has 1 and 3.
    given({ train: TINY, k: 2 }, () =>
      expectNeighbours(
        kNeighbors(TINY, null, 2),
        [[1, 2], [0, 2], [1, 3], [2, 1], [5, 3], [4, 3]],
        [[1, 2], [1, 1], [1, 1], [1, 2], [1, 7], [1, 8]],
      ),
    );
  });

  it("a duplicate of the point still counts, at distance 0", () => {
    // KNeighborsClassifier(n_neighbors=1, algorithm="brute").fit([[0],[0],[1]], [4,6,8]).predict(None) -> [6, 4, 4]
    // KNeighborsRegressor(n_neighbors=2, weights="distance", ...).fit([[0],[0],[1],[4]], [1,2,3,10]).predict(None) -> [2, 1, 1.5, 2.5714285714285716]
    // The last point (4) has index 2 at distance 3, then indices 0 and 1 tied at distance 4: scikit-learn kept index 1
    // (target 2); the tie rule keeps index 0 (target 1): (3/3 + 1/4) / (1/3 + 1/4) = 2.142857142857143.
    given({ train: [[0], [0], [1]], labels: [4, 6, 8] }, () => {
      expectLabels(knnClassify([[0], [0], [1]], [4, 6, 8], null, { k: 1 }), [6, 4, 4], "knnClassify");
      expectValues(knnRegress([[0], [0], [1], [4]], [1, 2, 3, 10], null, { k: 2, weights: "distance" }), [2, 1, 1.5, 2.142857142857143], "knnRegress");
    });
  });

  it("blobs-300.json: leave-one-out over the 300 training points", () => {
    const data = blobs();
    // KNeighborsClassifier(n_neighbors=5, algorithm="brute").fit(train, labels).predict(None)   (accuracy 0.7933)
    // KNeighborsRegressor(n_neighbors=5, weights="distance", ...).fit(train, targets).predict(None)[:12], and its mean 2.763386157429112
    given({ train: data.train, labels: data.labels, targets: data.targets }, () => {
      expectLabels(knnClassify(data.train, data.labels, null, { k: 5 }), LOOC, "knnClassify");
      const predictions = knnRegress(data.train, data.targets, null, { k: 5, weights: "distance" });
      expectValues(predictions.slice(0, 12), [3.097775470080365, 2.708113235838643, 4.641969007499444, 3.3444534068857794, 5.130890923824939, 6.543437683951214, 3.2935258769532716, 0.3445036360182896, 5.97575146234803, -0.27107112545775025, 4.324075858414122, 6.882252227541233], "knnRegress[:12]");
      expectClose(predictions.reduce((s, v) => s + v, 0) / predictions.length, 2.763386157429112, 1e-11, "mean of the 300 predictions");
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Seeded random cases against an independent brute force: sort every training point by (squared distance, index).

function bruteForce(train: number[][], query: number[], k: number, skip = -1): { indices: number[]; squared: number[] } {
  const squared = train.map((row) => row.reduce((s, v, j) => s + (v - query[j]!) ** 2, 0));
  const indices = train.map((_, i) => i).filter((i) => i !== skip).sort((a, b) => squared[a]! - squared[b]! || a - b).slice(0, k);
  return { indices, squared: indices.map((i) => squared[i]!) };
}

function bruteWeights(squared: number[], weights: "uniform" | "distance"): number[] {
  if (weights === "uniform") return squared.map(() => 1);
  return squared.includes(0) ? squared.map((s) => (s === 0 ? 1 : 0)) : squared.map((s) => 1 / Math.sqrt(s));
}

function bruteClassify(labels: number[], found: { indices: number[]; squared: number[] }, weights: "uniform" | "distance"): number {
  const w = bruteWeights(found.squared, weights);
  const totals = new Map<number, number>();
  found.indices.forEach((i, j) => totals.set(labels[i]!, (totals.get(labels[i]!) ?? 0) + w[j]!));
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function bruteRegress(targets: number[], found: { indices: number[]; squared: number[] }, weights: "uniform" | "distance"): number {
  const w = bruteWeights(found.squared, weights);
  return found.indices.reduce((s, i, j) => s + w[j]! * targets[i]!, 0) / w.reduce((s, v) => s + v, 0);
}

interface RandomCase {
  train: number[][];
  queries: number[][];
  labels: number[];
  targets: number[];
  k: number;
}

/** Small integer coordinates: many equal distances and duplicates. */
function randomCases(seed: string, count: number): RandomCase[] {
  const rng = seedrandom(seed);
  return Array.from({ length: count }, () => {
    const n = 2 + Math.floor(rng() * 40);
    const d = 1 + Math.floor(rng() * 3);
    const point = () => Array.from({ length: d }, () => Math.floor(rng() * 5) - 2);
    return {
      train: Array.from({ length: n }, point),
      queries: Array.from({ length: 4 }, point),
      labels: Array.from({ length: n }, () => Math.floor(rng() * 3) * 2 - 1),
      targets: Array.from({ length: n }, () => Math.round(100 * (rng() * 10 - 5)) / 100),
      k: 1 + Math.floor(rng() * (n - 1)),
    };
  });
}

specs("correct", "seeded random cases agree with a brute-force sort", () => {
  const cases = randomCases("knn/random", 60);

  it("kNeighbors: indices and distances on 60 cases with many ties (n 2-41, d 1-3)", () => {
    cases.forEach((c, number) => {
      given({ case: number, train: c.train, queries: c.queries, k: c.k }, () => {
        const found = c.queries.map((q) => bruteForce(c.train, q, c.k));
        expectNeighbours(kNeighbors(c.train, c.queries, c.k), found.map((f) => f.indices), found.map((f) => f.squared.map(Math.sqrt)));
      });
    });
  });

  it("kNeighbors leave-one-out on the same cases", () => {
    cases.forEach((c, number) => {
      given({ case: number, train: c.train, k: c.k }, () => {
        const found = c.train.map((q, i) => bruteForce(c.train, q, c.k, i));
        expectNeighbours(kNeighbors(c.train, null, c.k), found.map((f) => f.indices), found.map((f) => f.squared.map(Math.sqrt)));
      });
    });
  });

  for (const weights of ["uniform", "distance"] as const) {
    it(`knnClassify and knnRegress with ${weights} weights, queries and leave-one-out`, () => {
      cases.forEach((c, number) => {
        const options = { k: c.k, weights };
        given({ case: number, train: c.train, labels: c.labels, targets: c.targets, queries: c.queries, options }, () => {
          const found = c.queries.map((q) => bruteForce(c.train, q, c.k));
          const left = c.train.map((q, i) => bruteForce(c.train, q, c.k, i));
          expectLabels(knnClassify(c.train, c.labels, c.queries, options), found.map((f) => bruteClassify(c.labels, f, weights)), "knnClassify");
          expectLabels(knnClassify(c.train, c.labels, null, options), left.map((f) => bruteClassify(c.labels, f, weights)), "knnClassify (leave-one-out)");
          expectValues(knnRegress(c.train, c.targets, c.queries, options), found.map((f) => bruteRegress(c.targets, f, weights)), "knnRegress");
          expectValues(knnRegress(c.train, c.targets, null, options), left.map((f) => bruteRegress(c.targets, f, weights)), "knnRegress (leave-one-out)");
        });
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// The contract.

specs("contract", "inputs and outputs", () => {
  it("accepts typed-array rows, labels and targets", () => {
    const train = TINY.map((row) => Float64Array.from(row));
    const labels = Int32Array.from(TINY_LABELS);
    given({ train, labels, queries: [Float64Array.of(1.5)] }, () => {
      expectLabels(knnClassify(train, labels, [Float64Array.of(1.5), Float64Array.of(9)], { k: 3 }), [3, 5], "knnClassify");
      expectValues(knnRegress(train, Float64Array.from(TINY_LABELS), [Float64Array.of(0.4)], { k: 2 }), [5], "knnRegress");
      expectNeighbours(kNeighbors(train, [Float64Array.of(9)], 3), [[4, 5, 3]], [[1, 2, 6]]);
    });
  });

  it("an empty queries array gives empty results", () => {
    given({ train: TINY, queries: [] }, () => {
      expectLabels(knnClassify(TINY, TINY_LABELS, [], { k: 3 }), [], "knnClassify");
      expectLabels(knnRegress(TINY, TINY_LABELS, [], { k: 3 }), [], "knnRegress");
      const found = kNeighbors(TINY, [], 3);
      expectLabels(found.indices, [], "indices");
      expectLabels(found.distances, [], "distances");
    });
  });

  it("k = n is allowed (every training point is a neighbour); k = n − 1 for leave-one-out", () => {
    given({ train: TINY, labels: TINY_LABELS, queries: [[4]] }, () => {
      expectNeighbours(kNeighbors(TINY, [[4]], 6), [[3, 2, 1, 0, 4, 5]], [[1, 2, 3, 4, 6, 7]]);
      // Each point votes with the 5 others: point 1 sees 7, 7, 3, 5, 5 -> a 2-2 tie between 5 and 7 -> 5.
      expectLabels(knnClassify(TINY, TINY_LABELS, null, { k: 5 }), [3, 5, 5, 3, 3, 3], "leave-one-out with k = 5");
    });
  });

  it("leaves train, labels, targets, queries and options as they were", () => {
    const data = blobs();
    const train = data.train.slice(0, 80).map((row) => [...row]);
    const labels = data.labels.slice(0, 80);
    const targets = data.targets.slice(0, 80);
    const queries = data.queries.slice(0, 10).map((row) => Float64Array.from(row));
    const options = { k: 7, weights: "distance" as const };
    const before = snapshot({ train, labels, targets, queries, options });
    given({ train, labels, targets, queries, options }, () => {
      kNeighbors(train, queries, 7);
      kNeighbors(train, null, 7);
      knnClassify(train, labels, queries, options);
      knnClassify(train, labels, null, options);
      knnRegress(train, targets, queries, options);
      knnRegress(train, targets, null, options);
      expectUnchanged(before, { train, labels, targets, queries, options }, "the input");
    });
  });
});

specs("contract", "errors name the problem", () => {
  type ErrorType = typeof RangeError | typeof TypeError;
  const cases: { name: string; train: unknown; values?: unknown; queries?: unknown; options?: unknown; k?: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "train is not an array", train: "0,1", type: TypeError, pattern: /train/ },
    { name: "empty train", train: [], values: [], type: RangeError, pattern: /empty/i },
    { name: "a row of train that is not an array", train: [[0], 1], values: [0, 1], type: TypeError, pattern: /row/i },
    { name: "rows with no features", train: [[], []], values: [0, 1], type: RangeError, pattern: /feature/i },
    { name: "ragged train", train: [[0, 1], [1]], values: [0, 1], type: RangeError, pattern: /row|feature/i },
    { name: "a NaN coordinate", train: [[0], [Number.NaN]], values: [0, 1], type: RangeError, pattern: /finite/i },
    { name: "a string coordinate", train: [[0], ["1"]], values: [0, 1], type: TypeError, pattern: /number/i },
    { name: "queries with another number of features", train: [[0, 0], [1, 1]], values: [0, 1], queries: [[0]], type: RangeError, pattern: /feature/i },
    { name: "an infinite query coordinate", train: [[0], [1]], values: [0, 1], queries: [[Number.POSITIVE_INFINITY]], type: RangeError, pattern: /finite/i },
    { name: "queries that are neither rows nor null", train: [[0], [1]], values: [0, 1], queries: "0", type: TypeError, pattern: /queries/ },
    { name: "k larger than n", train: [[0], [1], [2]], values: [0, 1, 1], k: 4, type: RangeError, pattern: /\bk\b/ },
    { name: "k = n with leave-one-out", train: [[0], [1], [2]], values: [0, 1, 1], queries: null, k: 3, type: RangeError, pattern: /\bk\b/ },
    { name: "k = 0", train: [[0], [1]], values: [0, 1], k: 0, type: RangeError, pattern: /\bk\b/ },
    { name: "a fractional k", train: [[0], [1]], values: [0, 1], k: 1.5, type: RangeError, pattern: /\bk\b/ },
    { name: "a string k", train: [[0], [1]], values: [0, 1], k: "1", type: TypeError, pattern: /\bk\b/ },
  ];
  for (const c of cases) {
    const queries = "queries" in c ? c.queries : [[0.5]];
    const k = "k" in c ? c.k : 1;
    it(`kNeighbors: ${c.name}`, () => {
      given({ train: c.train, queries, k }, () => expectError(() => kNeighbors(c.train as number[][], queries as number[][], k as number), c.type, c.pattern));
    });
    it(`knnClassify: ${c.name}`, () => {
      given({ train: c.train, labels: c.values, queries, k }, () =>
        expectError(() => knnClassify(c.train as number[][], (c.values ?? [0, 1]) as number[], queries as number[][], { k: k as number }), c.type, c.pattern),
      );
    });
  }

  const valueCases: { name: string; call: () => unknown; type: ErrorType; pattern: RegExp; input: unknown }[] = [
    { name: "knnClassify: labels of another length", input: { labels: [0, 1] }, call: () => knnClassify(TINY, [0, 1], [[0]], { k: 1 }), type: RangeError, pattern: /length/i },
    { name: "knnClassify: labels not an array", input: { labels: "0" }, call: () => knnClassify(TINY, "0" as unknown as number[], [[0]], { k: 1 }), type: TypeError, pattern: /labels/ },
    { name: "knnClassify: a NaN label", input: { labels: [0, 1, 2, 3, 4, Number.NaN] }, call: () => knnClassify(TINY, [0, 1, 2, 3, 4, Number.NaN], [[0]], { k: 1 }), type: RangeError, pattern: /finite/i },
    { name: "knnRegress: targets of another length", input: { targets: [0, 1] }, call: () => knnRegress(TINY, [0, 1], [[0]], { k: 1 }), type: RangeError, pattern: /length/i },
    { name: "knnRegress: a string target", input: { targets: [0, 1, 2, 3, 4, "5"] }, call: () => knnRegress(TINY, [0, 1, 2, 3, 4, "5"] as unknown as number[], [[0]], { k: 1 }), type: TypeError, pattern: /number/i },
    { name: "knnRegress: k larger than n", input: { k: 7 }, call: () => knnRegress(TINY, TINY_LABELS, [[0]], { k: 7 }), type: RangeError, pattern: /\bk\b/ },
    { name: "knnClassify: unknown weights", input: { weights: "inverse" }, call: () => knnClassify(TINY, TINY_LABELS, [[0]], { k: 1, weights: "inverse" as "distance" }), type: RangeError, pattern: /weights/ },
    { name: "knnRegress: unknown weights", input: { weights: "gaussian" }, call: () => knnRegress(TINY, TINY_LABELS, [[0]], { k: 1, weights: "gaussian" as "distance" }), type: RangeError, pattern: /weights/ },
  ];
  for (const c of valueCases) {
    it(c.name, () => given({ input: c.input }, () => expectError(c.call, c.type, c.pattern)));
  }
});
