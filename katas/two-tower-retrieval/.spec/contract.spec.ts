/**
 * The contract: bad input is refused with a RangeError / TypeError whose message names the problem; typed-array
 * rows are accepted; inputs are never modified, and the index keeps its own copy of the vectors.
 */
import { it } from "vitest";
import { buildIvf, evaluateIvf, exactTopK, searchIvf, trainQuantizer, type Vectors } from "#impl/two-tower-retrieval";
import { expectAllClose, expectError, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectNeighbours } from "./checks.ts";

type ErrorType = typeof RangeError | typeof TypeError;
const X = [[1, 0], [0, 2], [3, 1], [-1, 1], [2, 2]];
const C = [[2, 0], [0, 2]];

specs("contract", "errors name the problem", () => {
  const exactCases: { name: string; queries: unknown; items: unknown; options: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "items not an array", queries: [[1, 0]], items: "1,0;0,2", options: { k: 1 }, type: TypeError, pattern: /items/ },
    { name: "queries not an array", queries: 5, items: X, options: { k: 1 }, type: TypeError, pattern: /queries/ },
    { name: "no items", queries: [[1, 0]], items: [], options: { k: 1 }, type: RangeError, pattern: /empty/i },
    { name: "rows with no numbers", queries: [[]], items: [[], []], options: { k: 1 }, type: RangeError, pattern: /empty/i },
    { name: "a row that is not an array", queries: [[1, 0]], items: [[1, 0], 7], options: { k: 1 }, type: TypeError, pattern: /array/i },
    { name: "ragged item rows", queries: [[1, 0]], items: [[1, 0], [1, 0, 0]], options: { k: 1 }, type: RangeError, pattern: /dimension/i },
    { name: "queries of another dimension", queries: [[1, 0, 0]], items: X, options: { k: 1 }, type: RangeError, pattern: /dimension/i },
    { name: "a NaN value", queries: [[1, 0]], items: [[1, Number.NaN]], options: { k: 1 }, type: RangeError, pattern: /finite/i },
    { name: "an infinite query value", queries: [[Number.POSITIVE_INFINITY, 0]], items: X, options: { k: 1 }, type: RangeError, pattern: /finite/i },
    { name: "a string value", queries: [[1, "0"]], items: X, options: { k: 1 }, type: TypeError, pattern: /number/i },
    { name: "options missing", queries: [[1, 0]], items: X, options: undefined, type: TypeError, pattern: /options/i },
    { name: "k = 0", queries: [[1, 0]], items: X, options: { k: 0 }, type: RangeError, pattern: /\bk\b/ },
    { name: "k not an integer", queries: [[1, 0]], items: X, options: { k: 2.5 }, type: RangeError, pattern: /\bk\b/ },
    { name: "k a string", queries: [[1, 0]], items: X, options: { k: "3" }, type: TypeError, pattern: /\bk\b/ },
    { name: "an unknown metric", queries: [[1, 0]], items: X, options: { k: 1, metric: "l2" }, type: RangeError, pattern: /metric/i },
  ];
  for (const c of exactCases) {
    it(`exactTopK: ${c.name}`, () => {
      given({ queries: c.queries, items: c.items, options: c.options }, () =>
        expectError(() => exactTopK(c.queries as Vectors, c.items as Vectors, c.options as { k: number }), c.type, c.pattern),
      );
    });
  }

  const trainCases: { name: string; items: unknown; nlist: unknown; options: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "items not an array", items: {}, nlist: 1, options: {}, type: TypeError, pattern: /items/ },
    { name: "nlist = 0", items: X, nlist: 0, options: {}, type: RangeError, pattern: /nlist/ },
    { name: "nlist > n", items: X, nlist: 6, options: {}, type: RangeError, pattern: /nlist/ },
    { name: "nlist a string", items: X, nlist: "2", options: {}, type: TypeError, pattern: /nlist/ },
    { name: "seed not an integer", items: X, nlist: 2, options: { seed: 0.5 }, type: RangeError, pattern: /seed/ },
    { name: "negative iterations", items: X, nlist: 2, options: { iterations: -1 }, type: RangeError, pattern: /iterations/ },
    { name: "iterations a string", items: X, nlist: 2, options: { iterations: "5" }, type: TypeError, pattern: /iterations/ },
  ];
  for (const c of trainCases) {
    it(`trainQuantizer: ${c.name}`, () => {
      given({ items: c.items, nlist: c.nlist, options: c.options }, () =>
        expectError(() => trainQuantizer(c.items as Vectors, c.nlist as number, c.options as object), c.type, c.pattern),
      );
    });
  }

  const buildCases: { name: string; items: unknown; centroids: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "centroids not an array", items: X, centroids: null, type: TypeError, pattern: /centroids/ },
    { name: "no centroids", items: X, centroids: [], type: RangeError, pattern: /empty/i },
    { name: "centroids of another dimension", items: X, centroids: [[1, 2, 3]], type: RangeError, pattern: /dimension/i },
    { name: "a NaN centroid value", items: X, centroids: [[1, Number.NaN]], type: RangeError, pattern: /finite/i },
    { name: "no items", items: [], centroids: C, type: RangeError, pattern: /empty/i },
  ];
  for (const c of buildCases) {
    it(`buildIvf: ${c.name}`, () => {
      given({ items: c.items, centroids: c.centroids }, () => expectError(() => buildIvf(c.items as Vectors, c.centroids as Vectors), c.type, c.pattern));
    });
  }

  const searchCases: { name: string; queries: unknown; options: unknown; type: ErrorType; pattern: RegExp }[] = [
    { name: "nprobe = 0", queries: [[1, 0]], options: { k: 1, nprobe: 0 }, type: RangeError, pattern: /nprobe/ },
    { name: "nprobe > nlist", queries: [[1, 0]], options: { k: 1, nprobe: 3 }, type: RangeError, pattern: /nprobe/ },
    { name: "nprobe missing", queries: [[1, 0]], options: { k: 1 }, type: TypeError, pattern: /nprobe/ },
    { name: "k = 0", queries: [[1, 0]], options: { k: 0, nprobe: 1 }, type: RangeError, pattern: /\bk\b/ },
    { name: "queries of another dimension", queries: [[1]], options: { k: 1, nprobe: 1 }, type: RangeError, pattern: /dimension/i },
    { name: "queries not an array", queries: "q", options: { k: 1, nprobe: 1 }, type: TypeError, pattern: /queries/ },
  ];
  for (const c of searchCases) {
    it(`searchIvf: ${c.name}`, () => {
      given({ queries: c.queries, options: c.options }, () => {
        const index = buildIvf(X, C);
        expectError(() => searchIvf(index, c.queries as Vectors, c.options as { k: number; nprobe: number }), c.type, c.pattern);
      });
    });
    it(`evaluateIvf: ${c.name}`, () => {
      given({ queries: c.queries, options: c.options }, () => {
        const index = buildIvf(X, C);
        expectError(() => evaluateIvf(index, c.queries as Vectors, c.options as { k: number; nprobe: number }), c.type, c.pattern);
      });
    });
  }

  it("evaluateIvf: no queries (recall is a mean over queries)", () => {
    given({ queries: [] }, () => {
      const index = buildIvf(X, C);
      expectError(() => evaluateIvf(index, [], { k: 1, nprobe: 1 }), RangeError, /queries/);
    });
  });
});

specs("contract", "the input types the prompt allows", () => {
  it("rows may be typed arrays (Float32Array, Float64Array, Int8Array)", () => {
    const items = [Float32Array.from([1, 0]), Float64Array.from([0, 2]), Int8Array.from([3, 1]), [-1, 1], Float32Array.from([2, 2])];
    const queries = [Float64Array.from([1, 1]), [2, -1]];
    given({ items, queries }, () => {
      const exact = exactTopK(queries, items, { k: 3 });
      expectNeighbours(exact, 2);
      expectAllClose(exact.ids[0], [2, 4, 1], 0, "exact ids[0]");
      expectAllClose(exact.ids[1], [2, 0, 4], 0, "exact ids[1]");
      const index = buildIvf(items, [Float32Array.from([2, 0]), [0, 2]]);
      expectAllClose(index.lists[0], [0, 2, 4], 0, "lists[0]");
      const ivf = searchIvf(index, [Float32Array.from([0, 1])], { k: 2, nprobe: 1 });
      expectAllClose(ivf.ids[0], [1, 3], 0, "ivf ids[0]");
      expectAllClose(trainQuantizer(items, 1, { iterations: 1 })[0], [1, 1.2], 1e-12, "trainQuantizer: one centroid = the mean");
    });
  });

  it("results are plain number arrays of the right shapes", () => {
    given({ items: X, centroids: C }, () => {
      const exact = exactTopK([[1, 1], [0, 1], [1, 0]], X, { k: 2 });
      expectNeighbours(exact, 3);
      exact.ids.forEach((row, q) => {
        if (!Array.isArray(row) || row.length !== 2 || !row.every(Number.isInteger)) fail(`ids[${q}] should be 2 integer ids`, "number[] of length 2", row);
      });
      const index = buildIvf(X, C);
      if (index.dim !== 2 || index.size !== 5) fail("the index should report dim 2 and size 5", "{ dim: 2, size: 5 }", { dim: index.dim, size: index.size });
      const ivf = searchIvf(index, [[1, 1]], { k: 2, nprobe: 2 });
      if (!Array.isArray(ivf.scanned) || ivf.scanned.length !== 1) fail("scanned should have one count per query", [5], ivf.scanned);
    });
  });
});

specs("contract", "inputs are never modified", () => {
  it("exactTopK (dot and cosine) leaves queries and items as they were", () => {
    const items = [[3, 4], [1, 0], [0, -2], [6, 8]];
    const queries = [[2, 0], [1, 1]];
    given({ queries, items }, () => {
      exactTopK(queries, items, { k: 2 });
      exactTopK(queries, items, { k: 2, metric: "cosine" });
    });
  });

  it("trainQuantizer, buildIvf, searchIvf and evaluateIvf leave their inputs as they were", () => {
    const items = [[3, 4], [1, 0], [0, -2], [6, 8], [2, 2]];
    const centroids = [[1, 1], [5, 5]];
    const queries = [[2, 0], [1, 1]];
    given({ items, centroids, queries }, () => {
      trainQuantizer(items, 2, { iterations: 3 });
      const index = buildIvf(items, centroids);
      searchIvf(index, queries, { k: 2, nprobe: 1 });
      evaluateIvf(index, queries, { k: 2, nprobe: 1 });
    });
  });

  it("the index keeps its own copy: changing the items and centroids afterwards changes nothing", () => {
    const items = [[1, 0], [0, 2], [3, 1], [-1, 1], [2, 2]];
    const centroids = [[2, 0], [0, 2]];
    given({ description: "items and centroids are modified by the spec after buildIvf" }, () => {
      const index = buildIvf(items, centroids);
      items[2]![0] = -100;
      centroids[0]![0] = 100;
      const result = searchIvf(index, [[1, 1]], { k: 2, nprobe: 1 });
      expectNeighbours(result, 1);
      expectAllClose(result.ids[0], [2, 4], 0, "ids[0]");
      expectAllClose(index.centroids[0], [2, 0], 0, "centroids[0]");
    });
  });
});
