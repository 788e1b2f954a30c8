/**
 * Seeding specs. They never assume a particular random generator or call order: the seed must make the result
 * reproducible, and over many seeds the initial centres (read with maxIter: 0, which returns them in the order
 * they were chosen) must follow the stated distributions:
 *
 *   k-means++  first centre uniform over the points; each next centre drawn with probability proportional to D²,
 *              the squared distance to the nearest centre already chosen (plain k-means++, one draw per centre);
 *   random     k distinct points, every set of k points equally likely.
 *
 * The exact probabilities are computed here by enumeration. Each frequency must be within 5 standard errors
 * (see helpers.ts); with 10,000 seeds that is ±0.005 to ±0.025 depending on the cell, while sampling proportional
 * to D instead of D² is off by 0.044 (2-3.5 tolerances) to 0.108 (4 tolerances) in some cell.
 */
import { it } from "vitest";
import { kMeans, type KMeansOptions } from "#impl/kmeans";
import { fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectFrequencies, expectShape, loadBlobs, sameBits, tick } from "./helpers.ts";

const SEEDS = 10_000;

/** Exact probability of each ordered sequence of k initial centres (point indices) under plain k-means++ (1-D). */
function kMeansPlusPlusSequences(xs: readonly number[], k: number): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (chosen: number[], p: number): void => {
    if (chosen.length === k) {
      out.set(chosen.join(","), (out.get(chosen.join(",")) ?? 0) + p);
      return;
    }
    const weights = xs.map((x) => (chosen.length === 0 ? 1 : Math.min(...chosen.map((c) => (x - xs[c]!) ** 2))));
    const total = weights.reduce((a, b) => a + b, 0);
    weights.forEach((w, i) => {
      if (w > 0) walk([...chosen, i], (p * w) / total);
    });
  };
  walk([], 1);
  return out;
}

/** Index of each initial centre among the (distinct, 1-D) points; "?" if a centre is not one of the points. */
function initialIndices(xs: readonly number[], options: KMeansOptions): number[] | string {
  const points = xs.map((x) => [x]);
  const result = kMeans(points, { ...options, maxIter: 0 });
  expectShape(result, xs.length, options.k, 1);
  const indices = result.centroids.map((c) => xs.indexOf(c[0]!));
  return indices.includes(-1) ? `a centre that is not a data point: ${JSON.stringify(result.centroids)}` : indices;
}

specs("correct", "k-means++ seeding follows the D² distribution (maxIter: 0, 10,000 seeds)", () => {
  it("points 0, 1, 2 with k = 2: first centre uniform, second proportional to D² (0/.2/.8 after 0)", async () => {
    const xs = [0, 1, 2];
    const counts = new Map<string, number>();
    await given({ points: [[0], [1], [2]], options: { k: 2, maxIter: 0, seed: "0 .. 9,999" } }, async () => {
      for (let seed = 0; seed < SEEDS; seed++) {
        if (seed % 250 === 0) await tick();
        const indices = initialIndices(xs, { k: 2, seed });
        if (typeof indices === "string") fail(`seed ${seed}: initial centres must be data points`, "centres from the points", indices);
        const key = indices.join(",");
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      // Ordered (first, second): (0,1) 1/15, (0,2) 4/15, (1,0) 1/6, (1,2) 1/6, (2,0) 4/15, (2,1) 1/15.
      expectFrequencies(counts, kMeansPlusPlusSequences(xs, 2), SEEDS, "ordered pair (first centre, second centre)");
    });
  });

  it("points 0, 1, 3, 7 with k = 3: D² is measured to the nearest of all centres chosen so far", async () => {
    const xs = [0, 1, 3, 7];
    const counts = new Map<string, number>();
    await given({ points: [[0], [1], [3], [7]], options: { k: 3, maxIter: 0, seed: "0 .. 9,999" } }, async () => {
      for (let seed = 0; seed < SEEDS; seed++) {
        if (seed % 250 === 0) await tick();
        const indices = initialIndices(xs, { k: 3, seed });
        if (typeof indices === "string") fail(`seed ${seed}: initial centres must be data points`, "centres from the points", indices);
        if (new Set(indices).size !== 3) fail(`seed ${seed}: a point was chosen twice (its D² is 0)`, "3 distinct points", indices);
        const key = `left out ${xs.findIndex((_, i) => !indices.includes(i))}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      // Which point is left out: .3569 / .5278 / .1039 / .0113 (sampling proportional to D: .3268 / .4197 / .1884 / .0652).
      const probabilities = new Map<string, number>();
      for (const [sequence, p] of kMeansPlusPlusSequences(xs, 3)) {
        const chosen = sequence.split(",").map(Number);
        const key = `left out ${xs.findIndex((_, i) => !chosen.includes(i))}`;
        probabilities.set(key, (probabilities.get(key) ?? 0) + p);
      }
      expectFrequencies(counts, probabilities, SEEDS, "the point not chosen");
    });
  });
});

specs("correct", 'init "random" picks k distinct points uniformly (maxIter: 0, 10,000 seeds)', () => {
  it("points 0..4 with k = 2: every pair has probability 1/10, never the same point twice", async () => {
    const xs = [0, 1, 2, 3, 4];
    const counts = new Map<string, number>();
    await given({ points: xs.map((x) => [x]), options: { k: 2, init: "random", maxIter: 0, seed: "0 .. 9,999" } }, async () => {
      for (let seed = 0; seed < SEEDS; seed++) {
        if (seed % 250 === 0) await tick();
        const indices = initialIndices(xs, { k: 2, seed, init: "random" });
        if (typeof indices === "string") fail(`seed ${seed}: initial centres must be data points`, "centres from the points", indices);
        if (indices[0] === indices[1]) fail(`seed ${seed}: the same point was chosen twice`, "2 distinct points", indices);
        const key = [...indices].sort((a, b) => a - b).join(",");
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const probabilities = new Map<string, number>();
      for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) probabilities.set(`${a},${b}`, 1 / 10);
      expectFrequencies(counts, probabilities, SEEDS, "unordered pair of initial centres");
    });
  });
});

specs("contract", "the same seed gives the same result, bit for bit", () => {
  const { points } = loadBlobs("blobs-overlapping");
  const cases: KMeansOptions[] = [
    { k: 5, seed: 42, maxIter: 0 },
    { k: 5, seed: 42, maxIter: 3 },
    { k: 5, seed: 42 },
    { k: 4, seed: -7, init: "random", maxIter: 0 },
    { k: 4, seed: -7, init: "random" },
    { k: 6, maxIter: 0 }, // no seed: the default seed (0), not an unseeded generator
    { k: 6 },
  ];
  for (const options of cases) {
    it(`two runs with ${JSON.stringify(options)} are identical`, () => {
      given({ points, options }, () => {
        const first = kMeans(points, options);
        const second = kMeans(points, options);
        expectShape(first, points.length, options.k, 2);
        if (!sameBits(first, second)) fail("the same seed gave two different results", first, second);
      });
    });
  }

  it("different seeds give different starts (the seed is used)", () => {
    given({ points, options: { k: 5, maxIter: 0, seed: "0 .. 9" } }, () => {
      const starts = new Set<string>();
      for (let seed = 0; seed < 10; seed++) starts.add(JSON.stringify(kMeans(points, { k: 5, seed, maxIter: 0 }).centroids));
      if (starts.size < 5) fail("10 seeds gave almost the same initial centres", ">= 5 different starts", `${starts.size} different starts`);
    });
  });
});
