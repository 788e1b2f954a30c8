/**
 * Seeded random cases against independent brute forces written here (score every candidate, sort them all,
 * keep k). Integer-valued vectors make every dot product and squared distance exact in any summation order, and
 * make ties frequent: so these cases also hold every tie rule (scores, assignment, probing) to the letter.
 */
import seedrandom from "seedrandom";
import { it } from "vitest";
import { buildIvf, evaluateIvf, exactTopK, searchIvf } from "#impl/two-tower-retrieval";
import { expectAllClose, expectClose, fail, given, specs } from "../../../scripts/kit/index.ts";
import { expectNeighbours } from "./checks.ts";
import { bruteForce, cosine, dotProduct, nearestCentroids } from "./helpers.ts";

interface RandomCase {
  seed: number;
  items: number[][];
  queries: number[][];
  centroids: number[][];
  k: number;
  nprobe: number;
}

function integerRows(rng: seedrandom.PRNG, rows: number, d: number, range: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: d }, () => Math.floor(rng() * (2 * range + 1)) - range));
}

function randomCases(label: string, count: number, continuous: boolean): RandomCase[] {
  const rng = seedrandom(`two-tower-retrieval/random/${label}`);
  return Array.from({ length: count }, (_, seed) => {
    const n = 1 + Math.floor(rng() * 60);
    const d = 1 + Math.floor(rng() * 6);
    const nlist = 1 + Math.floor(rng() * Math.min(8, n));
    const rows = (r: number) => (continuous ? Array.from({ length: r }, () => Array.from({ length: d }, () => rng() * 2 - 1)) : integerRows(rng, r, d, 3));
    return {
      seed,
      items: rows(n),
      queries: rows(1 + Math.floor(rng() * 4)),
      centroids: rows(nlist),
      k: 1 + Math.floor(rng() * 12),
      nprobe: 1 + Math.floor(rng() * nlist),
    };
  });
}

const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

specs("correct", "seeded random cases agree with a brute force", () => {
  const integerCases = randomCases("integer", 60, false);
  const continuousCases = randomCases("continuous", 40, true);

  it("exactTopK by dot product: 60 integer cases with many ties (n 1-60, d 1-6, k up to 12)", () => {
    for (const c of integerCases) {
      const options = { k: c.k };
      given({ case: c.seed, queries: c.queries, items: c.items, options }, () => {
        const result = exactTopK(c.queries, c.items, options);
        expectNeighbours(result, c.queries.length);
        c.queries.forEach((q, a) => {
          const expected = bruteForce(q, c.items, all(c.items.length), c.k, dotProduct);
          expectAllClose(result.ids[a], expected.ids, 0, `ids[${a}]`);
          expectAllClose(result.scores[a], expected.scores, 1e-12, `scores[${a}]`);
        });
      });
    }
  });

  it("exactTopK by cosine: 40 continuous cases", () => {
    for (const c of continuousCases) {
      const options = { k: c.k, metric: "cosine" as const };
      given({ case: c.seed, queries: c.queries, items: c.items, options }, () => {
        const result = exactTopK(c.queries, c.items, options);
        expectNeighbours(result, c.queries.length);
        c.queries.forEach((q, a) => {
          const expected = bruteForce(q, c.items, all(c.items.length), c.k, cosine);
          expectAllClose(result.ids[a], expected.ids, 0, `ids[${a}]`);
          expectAllClose(result.scores[a], expected.scores, 1e-12, `scores[${a}]`);
        });
      });
    }
  });

  it("buildIvf: each item in the list of its nearest centroid (ties to the lowest index), ids ascending", () => {
    for (const c of integerCases) {
      given({ case: c.seed, items: c.items, centroids: c.centroids }, () => {
        const index = buildIvf(c.items, c.centroids);
        const expected = c.centroids.map(() => [] as number[]);
        c.items.forEach((x, i) => expected[nearestCentroids(x, c.centroids, 1)[0]!]!.push(i));
        if (!Array.isArray(index.lists) || index.lists.length !== c.centroids.length) {
          fail(`the index should have ${c.centroids.length} lists`, expected, index.lists);
        }
        expected.forEach((list, j) => expectAllClose(index.lists[j], list, 0, `lists[${j}]`));
      });
    }
  });

  it("searchIvf: the top k of the nprobe nearest lists, and how many items they hold", () => {
    for (const c of [...integerCases, ...continuousCases]) {
      const options = { k: c.k, nprobe: c.nprobe };
      given({ case: c.seed, items: c.items, centroids: c.centroids, queries: c.queries, options }, () => {
        const index = buildIvf(c.items, c.centroids);
        const lists = c.centroids.map(() => [] as number[]);
        c.items.forEach((x, i) => lists[nearestCentroids(x, c.centroids, 1)[0]!]!.push(i));
        const result = searchIvf(index, c.queries, options);
        expectNeighbours(result, c.queries.length);
        if (!Array.isArray(result.scanned)) fail("searchIvf should return scanned, one count per query", "number[]", result.scanned);
        c.queries.forEach((q, a) => {
          const candidates = nearestCentroids(q, c.centroids, c.nprobe).flatMap((j) => lists[j]!);
          const expected = bruteForce(q, c.items, candidates, c.k, dotProduct);
          expectAllClose(result.ids[a], expected.ids, 0, `ids[${a}]`);
          expectAllClose(result.scores[a], expected.scores, 1e-12, `scores[${a}]`);
          expectClose(result.scanned[a], candidates.length, 0, `scanned[${a}]`);
        });
      });
    }
  });

  it("evaluateIvf: recall against the exact top-k over all items, and the fraction scanned", () => {
    for (const c of integerCases) {
      const options = { k: c.k, nprobe: c.nprobe };
      given({ case: c.seed, items: c.items, centroids: c.centroids, queries: c.queries, options }, () => {
        const index = buildIvf(c.items, c.centroids);
        const lists = c.centroids.map(() => [] as number[]);
        c.items.forEach((x, i) => lists[nearestCentroids(x, c.centroids, 1)[0]!]!.push(i));
        let recall = 0;
        let scanned = 0;
        for (const q of c.queries) {
          const candidates = nearestCentroids(q, c.centroids, c.nprobe).flatMap((j) => lists[j]!);
          const found = bruteForce(q, c.items, candidates, c.k, dotProduct).ids;
          const truth = new Set(bruteForce(q, c.items, all(c.items.length), c.k, dotProduct).ids);
          recall += found.filter((id) => truth.has(id)).length / truth.size;
          scanned += candidates.length;
        }
        const evaluation = evaluateIvf(index, c.queries, options);
        expectClose(evaluation.recall, recall / c.queries.length, 1e-12, "recall");
        expectClose(evaluation.scannedFraction, scanned / c.queries.length / c.items.length, 1e-12, "scannedFraction");
      });
    }
  });
});

specs("correct", "squared L2, not L2 nor dot product, decides the lists", () => {
  it("an item nearer a short centroid goes there even when its dot product with a long one is larger", () => {
    // x = [1, 0]: |x - [1, 1]|² = 1, |x - [4, 0]|² = 9, but x·[4, 0] = 4 > x·[1, 1] = 1.
    const items = [[1, 0], [4, 1], [0, 1]];
    const centroids = [[1, 1], [4, 0]];
    given({ items, centroids }, () => {
      const index = buildIvf(items, centroids);
      const expected = [[0, 2], [1]];
      expectAllClose(index.lists[0], expected[0]!, 0, "lists[0]");
      expectAllClose(index.lists[1], expected[1]!, 0, "lists[1]");
    });
  });
});
