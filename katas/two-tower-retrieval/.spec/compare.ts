/**
 * Comparison workloads for `npm run compare -- two-tower-retrieval` (hidden like the specs): the fixture, and the
 * production shape (100,000 items × 64 dimensions; the prompt's batch of 1,000 queries for the IVF, 200 for the
 * exact search, which costs several seconds per 1,000 queries even for the reference). Quality: recall@10 against
 * the exact answer for the IVF, the mean top-10 score for the exact search.
 *
 * Two correct k-means with different generators train different quantizers, so the IVF scale workload compares
 * what every correct run shares: recall and fraction scanned, within a tolerance.
 */
import { buildIvf, exactTopK, searchIvf, trainQuantizer, type IvfSearchResult, type Neighbours } from "#impl/two-tower-retrieval";
import { defineComparison, workload, type Plot } from "../../../scripts/kit/compare.ts";
import { embeddings, loadCatalogue, loadGolden, topKByDot } from "./helpers.ts";

const meanScore = {
  name: "mean top-10 score",
  better: "higher",
  of: (result: Neighbours) => {
    const all = result.scores.flat();
    return all.reduce((s, v) => s + v, 0) / all.length;
  },
} as const;

function recallOf(ids: number[][], truth: number[][]): number {
  let hits = 0;
  let total = 0;
  ids.forEach((row, q) => {
    const expected = new Set(truth[q]);
    total += expected.size;
    for (const id of row) if (expected.has(id)) hits++;
  });
  return hits / total;
}

interface Sweep {
  nprobe: number;
  result: IvfSearchResult;
}

function fixtureSweep() {
  return { ...loadCatalogue(), truth: loadGolden().dot.ids };
}

/** Recall@10 against fraction scanned, nprobe 1..12: the curve an IVF is tuned on. */
function sweepPlot(sweeps: Sweep[], input: { items: number[][]; truth: number[][] }): Plot {
  return {
    type: "line",
    title: "IVF on catalogue.json: recall@10 against the fraction of items scanned (nprobe 1..12)",
    x: "fraction of items scanned",
    y: "recall@10",
    series: [
      {
        name: "searchIvf",
        points: sweeps.map(({ result }) => [result.scanned.reduce((s, v) => s + v, 0) / result.scanned.length / input.items.length, recallOf(result.ids, input.truth)] as [number, number]),
      },
    ],
  };
}

function production(queries: number) {
  const { items, queries: q } = embeddings(100_000, queries, 64, 16, 31);
  // The exact top-10 of the first 100 queries (the spec's own brute force), for the recall.
  const truth = q.slice(0, 100).map((query) => topKByDot(query, items, 10).ids);
  return { items, queries: q, truth };
}

export default defineComparison([
  workload({
    name: "exactTopK on catalogue.json (1,500 items, d = 16, 20 queries, dot, k = 10)",
    kind: "fixture",
    setup: loadCatalogue,
    run: ({ items, queries }) => exactTopK(queries, items, { k: 10 }),
    quality: meanScore,
    agreement: { kind: "close", tolerance: 1e-9 },
  }),
  workload({
    name: "IVF on catalogue.json (the given 12 centroids, nprobe 1..12)",
    kind: "fixture",
    setup: fixtureSweep,
    run: ({ items, queries, centroids }) => {
      const index = buildIvf(items, centroids);
      return Array.from({ length: 12 }, (_, p) => ({ nprobe: p + 1, result: searchIvf(index, queries, { k: 10, nprobe: p + 1 }) }));
    },
    quality: { name: "recall@10 at nprobe 3", better: "higher", of: (sweeps: Sweep[], input) => recallOf(sweeps[2]!.result.ids, input.truth) },
    agreement: { kind: "close", tolerance: 1e-9 },
    plot: sweepPlot,
  }),
  workload({
    name: "exactTopK, 100,000 items × 64, 200 queries, k = 10",
    kind: "scale",
    setup: () => production(200),
    run: ({ items, queries }) => exactTopK(queries, items, { k: 10 }),
    view: (result) => ({ ids: result.ids.slice(0, 20), scores: result.scores.slice(0, 20) }),
    quality: meanScore,
    agreement: { kind: "close", tolerance: 1e-9 },
    repeats: 1,
  }),
  workload({
    name: "IVF, 100,000 items × 64: train 32 lists on 4,000, add all, 1,000 queries at nprobe 3",
    kind: "scale",
    setup: () => production(1_000),
    run: ({ items, queries }) => {
      const index = buildIvf(items, trainQuantizer(items.slice(0, 4_000), 32, { seed: 1, iterations: 10 }));
      return searchIvf(index, queries, { k: 10, nprobe: 3 });
    },
    view: (result, input) => ({
      recallOfFirst100: recallOf(result.ids.slice(0, 100), input.truth),
      scannedFraction: result.scanned.reduce((s, v) => s + v, 0) / result.scanned.length / input.items.length,
    }),
    quality: { name: "recall@10 (first 100 queries)", better: "higher", of: (result, input) => recallOf(result.ids.slice(0, 100), input.truth) },
    agreement: { kind: "close", tolerance: 0.05 },
    repeats: 1,
  }),
]);
