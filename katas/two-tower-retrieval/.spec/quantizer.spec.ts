/**
 * trainQuantizer: k-means (k-means++ seeding, then Lloyd). Two correct solutions with different generators start
 * from different seeds, so these specs test what every correct k-means shares: the shape, reproducibility, the
 * mean for one list, recovery of well-separated blobs, seeds that are data points, and never a NaN.
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { trainQuantizer } from "#impl/two-tower-retrieval";
import { expectAllClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { gaussian } from "./helpers.ts";

function expectCentroids(value: unknown, rows: number, d: number): asserts value is number[][] {
  if (!Array.isArray(value) || value.length !== rows) fail(`trainQuantizer should return ${rows} centroids`, `${rows} rows`, value);
  value.forEach((row: unknown, j) => {
    if (!Array.isArray(row) || row.length !== d) fail(`centroid ${j} should be an array of ${d} numbers`, `${d} numbers`, row);
    row.forEach((v: unknown, t) => {
      if (typeof v !== "number" || !Number.isFinite(v)) fail(`centroid ${j}[${t}] should be a finite number`, "a finite number", v);
    });
  });
}

/** 6 blobs of 40 points in 8 dimensions, unit spread, centres ~1,000 apart; returns the points and each blob's mean. */
function blobs(): { points: number[][]; means: number[][] } {
  const rng = seedrandom("two-tower-retrieval/quantizer/blobs");
  const centres = Array.from({ length: 6 }, () => Array.from({ length: 8 }, () => Math.round(rng() * 4 - 2) * 1000));
  centres.forEach((c, j) => (c[j % 8] = (c[j % 8] ?? 0) + 5000 * (j + 1))); // make the centres distinct
  const points: number[][] = [];
  const members: number[][][] = centres.map(() => []);
  for (let i = 0; i < 240; i++) {
    const blob = i % 6;
    const p = centres[blob]!.map((c) => c + gaussian(rng));
    points.push(p);
    members[blob]!.push(p);
  }
  const means = members.map((rows) => rows[0]!.map((_, t) => rows.reduce((s, r) => s + r[t]!, 0) / rows.length));
  return { points, means };
}

const lexicographic = (a: number[], b: number[]): number => {
  for (let t = 0; t < a.length; t++) if (a[t] !== b[t]) return a[t]! - b[t]!;
  return 0;
};

specs("correct", "trainQuantizer is k-means", () => {
  it("one list: the centroid is the mean of the items", () => {
    const items = [[0, 0], [2, 0], [4, 6], [2, 2]];
    given({ items }, () => {
      const centroids = trainQuantizer(items, 1, { iterations: 3 });
      expectCentroids(centroids, 1, 2);
      expectAllClose(centroids[0], [2, 2], 1e-12, "centroids[0]");
    });
  });

  it("recovers 6 well-separated blobs exactly (their means), from each of 5 seeds", () => {
    const { points, means } = blobs();
    const expected = [...means].sort(lexicographic);
    for (let seed = 0; seed < 5; seed++) {
      const options = { seed, iterations: 10 };
      given({ items: points, nlist: 6, options }, () => {
        const centroids = trainQuantizer(points, 6, options);
        expectCentroids(centroids, 6, 8);
        const sorted = [...centroids].sort(lexicographic);
        sorted.forEach((c, j) => expectAllClose(c, expected[j]!, 1e-9, `seed ${seed}: centroid (sorted) ${j}`));
      });
    }
  });

  it("the same seed gives the same centroids", () => {
    const { points } = blobs();
    const options = { seed: 42, iterations: 2 };
    given({ items: points, nlist: 10, options }, () => {
      const first = trainQuantizer(points, 10, options);
      const second = trainQuantizer(points, 10, options);
      expectCentroids(first, 10, 8);
      if (JSON.stringify(first) !== JSON.stringify(second)) fail("two runs with the same seed differ", first, second);
    });
  });

  it("iterations: 0 returns the k-means++ seeds: distinct items", () => {
    const items = [[0], [1], [3], [7], [15], [31]];
    for (let seed = 0; seed < 20; seed++) {
      const options = { seed, iterations: 0 };
      given({ items, nlist: 4, options }, () => {
        const centroids = trainQuantizer(items, 4, options);
        expectCentroids(centroids, 4, 1);
        const values = centroids.map((c) => c[0]!);
        if (!values.every((v) => items.some((x) => x[0] === v))) fail("each seed should be one of the items", "values among the items", values);
        if (new Set(values).size !== 4) fail("a k-means++ seed cannot be drawn twice (its D² is 0)", "4 distinct items", values);
      });
    }
  });
});

specs("edge", "trainQuantizer never gives NaN", () => {
  it("fewer distinct items than lists: finite centroids (an empty cluster keeps its centroid or is re-seeded)", () => {
    const items = [[1, 1], [1, 1], [2, 2], [2, 2], [1, 1], [2, 2]];
    for (let seed = 0; seed < 10; seed++) {
      const options = { seed, iterations: 5 };
      given({ items, nlist: 4, options }, () => expectCentroids(trainQuantizer(items, 4, options), 4, 2));
    }
  });

  it("nlist = n on distinct items: the centroids are the items", () => {
    const items = [[0, 0], [5, 1], [-3, 2]];
    given({ items }, () => {
      const centroids = trainQuantizer(items, 3, { seed: 3 });
      expectCentroids(centroids, 3, 2);
      const sorted = [...centroids].sort(lexicographic);
      [[-3, 2], [0, 0], [5, 1]].forEach((x, j) => expectAllClose(sorted[j], x, 1e-12, `centroid (sorted) ${j}`));
    });
  });
});
