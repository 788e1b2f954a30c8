/**
 * The contract: bad input is refused with a RangeError/TypeError whose message names the problem, and the
 * caller's points and initial centres are never modified.
 */
import { it } from "vitest";
import { kMeans, predict, type KMeansOptions, type Points } from "#impl/kmeans";
import { expectError, expectUnchanged, fail, given, snapshot, specs } from "../../../scripts/kit/index.ts";
import { expectShape, loadBlobs } from "./helpers.ts";

type ErrorType = typeof RangeError | typeof TypeError;

const good = [[0, 0], [1, 1], [5, 5], [6, 5]];

specs("contract", "kMeans: errors name the problem", () => {
  const cases: { name: string; points: unknown; options: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "points not an array", points: "0,0;1,1", options: { k: 1 }, type: TypeError, pattern: /points/i },
    { name: "no points", points: [], options: { k: 1 }, type: RangeError, pattern: /empty/i },
    { name: "rows with no coordinates", points: [[], []], options: { k: 1 }, type: RangeError, pattern: /empty/i },
    { name: "a row that is not an array", points: [[0, 0], 5, [1, 1]], options: { k: 1 }, type: TypeError, pattern: /row|array/i },
    { name: "ragged rows", points: [[0, 0], [1, 1, 1], [2, 2]], options: { k: 2 }, type: RangeError, pattern: /length/i },
    { name: "a NaN coordinate", points: [[0, 0], [Number.NaN, 1]], options: { k: 1 }, type: RangeError, pattern: /finite/i },
    { name: "an infinite coordinate", points: [[0, Number.POSITIVE_INFINITY], [1, 1]], options: { k: 1 }, type: RangeError, pattern: /finite/i },
    { name: "a string coordinate", points: [[0, 0], [1, "1"]], options: { k: 1 }, type: TypeError, pattern: /number/i },
    { name: "options missing", points: good, options: undefined, type: TypeError, pattern: /options/i },
    { name: "k missing", points: good, options: {}, type: TypeError, pattern: /\bk\b/ },
    { name: "k = 0", points: good, options: { k: 0 }, type: RangeError, pattern: /\bk\b/ },
    { name: "k > n", points: good, options: { k: 5 }, type: RangeError, pattern: /\bk\b/ },
    { name: "k not an integer", points: good, options: { k: 2.5 }, type: RangeError, pattern: /\bk\b/ },
    { name: "k NaN", points: good, options: { k: Number.NaN }, type: RangeError, pattern: /\bk\b/ },
    { name: "k a string", points: good, options: { k: "2" }, type: TypeError, pattern: /\bk\b/ },
    { name: "seed not an integer", points: good, options: { k: 2, seed: 0.5 }, type: RangeError, pattern: /seed/i },
    { name: "unknown init name", points: good, options: { k: 2, init: "kmeans++" }, type: RangeError, pattern: /init/i },
    { name: "init with the wrong number of rows", points: good, options: { k: 2, init: [[0, 0]] }, type: RangeError, pattern: /init/i },
    { name: "init rows of the wrong length", points: good, options: { k: 2, init: [[0], [1]] }, type: RangeError, pattern: /init/i },
    { name: "a NaN in init", points: good, options: { k: 2, init: [[0, 0], [1, Number.NaN]] }, type: RangeError, pattern: /init/i },
    { name: "init neither a name nor rows", points: good, options: { k: 2, init: 2 }, type: TypeError, pattern: /init/i },
    { name: "negative maxIter", points: good, options: { k: 2, maxIter: -1 }, type: RangeError, pattern: /maxIter/ },
    { name: "maxIter not an integer", points: good, options: { k: 2, maxIter: 1.5 }, type: RangeError, pattern: /maxIter/ },
    { name: "negative tol", points: good, options: { k: 2, tol: -1e-4 }, type: RangeError, pattern: /tol/ },
    { name: "NaN tol", points: good, options: { k: 2, tol: Number.NaN }, type: RangeError, pattern: /tol/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ points: c.points, options: c.options }, () =>
        expectError(() => kMeans(c.points as Points, c.options as KMeansOptions), c.type, c.pattern),
      );
    });
  }

  it("k = n is allowed, and so are maxIter 0 and tol 0", () => {
    const options = { k: 4, maxIter: 0, tol: 0 };
    given({ points: good, options }, () => expectShape(kMeans(good, options), 4, 4, 2));
  });
});

specs("contract", "predict: errors name the problem", () => {
  const cases: { name: string; centroids: unknown; points: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "no centroids", centroids: [], points: good, type: RangeError, pattern: /empty/i },
    { name: "no points", centroids: [[0, 0]], points: [], type: RangeError, pattern: /empty/i },
    { name: "ragged centroids", centroids: [[0, 0], [1]], points: good, type: RangeError, pattern: /length/i },
    { name: "ragged points", centroids: [[0, 0]], points: [[0, 0], [1]], type: RangeError, pattern: /length/i },
    { name: "a NaN in the points", centroids: [[0, 0]], points: [[0, Number.NaN]], type: RangeError, pattern: /finite/i },
    { name: "points and centroids of different dimensions", centroids: [[0, 0, 0]], points: good, type: RangeError, pattern: /dimension/i },
    { name: "centroids not an array", centroids: null, points: good, type: TypeError, pattern: /centroids/i },
  ];
  for (const c of cases) {
    it(c.name, () => {
      given({ centroids: c.centroids, points: c.points }, () =>
        expectError(() => predict(c.centroids as Points, c.points as Points), c.type, c.pattern),
      );
    });
  }
});

specs("contract", "inputs are never modified", () => {
  const { points } = loadBlobs("blobs-overlapping");
  const runs: { name: string; options: KMeansOptions }[] = [
    { name: "k-means++", options: { k: 4, seed: 1 } },
    { name: "random init", options: { k: 4, seed: 1, init: "random" } },
    { name: "explicit init", options: { k: 3, init: [[0, 0], [30, 0], [15, 25]] } },
    { name: "an empty cluster to re-seed", options: { k: 3, init: [[0, 0], [30, 0], [1000, 1000]] } },
  ];
  for (const run of runs) {
    it(`kMeans with ${run.name} leaves the points and the options as they were`, () => {
      const input = { points: points.map((p) => [...p]), options: run.options };
      const before = snapshot(input);
      given(input, () => {
        const result = kMeans(input.points, input.options);
        expectShape(result, points.length, run.options.k, 2);
        expectUnchanged(before, input, "the input");
      });
    });
  }

  it("the returned centroids are new arrays, not the caller's init rows (maxIter 0)", () => {
    const init = [[0, 0], [30, 0], [15, 25]];
    const options = { k: 3, init, maxIter: 0 };
    given({ points, options }, () => {
      const result = kMeans(points, options);
      expectShape(result, points.length, 3, 2);
      result.centroids.forEach((row, j) => {
        if (row === init[j]) fail(`centroids[${j}] is the caller's init[${j}] array itself: return a copy`, "a new array", "init's own row");
      });
    });
  });

  it("predict leaves the centroids and the points as they were", () => {
    const input = { centroids: [[0, 0], [30, 0], [15, 25]], points: points.slice(0, 50).map((p) => [...p]) };
    const before = snapshot(input);
    given(input, () => {
      predict(input.centroids, input.points);
      expectUnchanged(before, input, "the input");
    });
  });
});
